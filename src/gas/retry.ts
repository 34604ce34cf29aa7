/** Apps Script services fail now and then for a moment; a step that must finish gets a second try. */
export function retryOnce<T>(step: () => T): T {
  try {
    return step();
  } catch {
    return step();
  }
}
