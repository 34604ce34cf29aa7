/** Array helpers the add-on's ES2019 V8 lacks (Array.prototype.at is ES2022). */

/** The last item, or undefined when there is none. */
export function lastOf<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}
