/** Small pure helpers of the sidebar: dates for people, search without diacritics, safe links. */

/** `2020-03-14` → `14/03/2020`; anything else is shown as it is. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Lower case, no diacritics, đ → d: "Tuyển DỤNG" and "tuyen dung" fold alike, whichever Unicode form. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

export interface TaskOption {
  id: string;
  content: string;
}

/**
 * The tasks matching a query typed by code or by words of the content (every word must occur, in any
 * order, diacritics and case ignored). Exact code first, then codes starting with the query, then the rest.
 */
export function filterTasks<T extends TaskOption>(tasks: readonly T[], query: string): T[] {
  const q = fold(query).trim();
  if (!q) return [...tasks];
  const words = q.split(/\s+/);
  const rank = (t: T) => {
    const id = fold(t.id);
    return id === q ? 0 : id.startsWith(q) ? 1 : 2;
  };
  return tasks
    .filter((t) => {
      const hay = `${fold(t.id)} ${fold(t.content)}`;
      return words.every((w) => hay.includes(w));
    })
    .map((t, i) => ({ t, i, r: rank(t) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.t);
}

/** An http(s) address usable as a link, or null (no `javascript:` or other scheme from a cell). */
export function safeUrl(text: string | undefined | null): string | null {
  if (!text) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A count as a share of a total, in whole percent (0 when the total is 0). */
export function share(count: number, total: number): number {
  return total > 0 ? (100 * count) / total : 0;
}

/** Next to its field a checker's message needs no `Trang "Tiến độ", dòng 126, cột "…": ` in front. */
export function withoutPlace(message: string): string {
  const rest = message.replace(/^Trang "[^"]*"(, dòng \d+)?(, cột "[^"]*")?: /, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
