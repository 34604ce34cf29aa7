/**
 * Building the page with the DOM only: every string becomes a text node, never markup, so text from the
 * sheet (a task named `<img src=x onerror=…>`) shows literally. There is no innerHTML in the sidebar.
 */

export type Child = Node | string | number | null | undefined | false;

/** An element with attributes (set with setAttribute; `class` too) and children (strings as text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content with the children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
}

export type StatusKind = "busy" | "ok" | "error" | "info";

/** Shows a status line (a spinner while busy); an empty call clears it. */
export function status(el: Element, kind?: StatusKind, ...children: Child[]): void {
  el.className = kind ? `status ${kind}` : "status";
  fill(el, ...children);
}

/**
 * Runs a server call with its controls disabled from the click until the answer, so a double click sends
 * nothing twice. Controls already disabled mean a call is running: the new request is dropped.
 */
export async function whileBusy(
  controls: readonly (HTMLButtonElement | HTMLSelectElement)[],
  work: () => Promise<void>,
): Promise<void> {
  if (controls.some((c) => c.disabled)) return;
  for (const c of controls) c.disabled = true;
  try {
    await work();
  } finally {
    for (const c of controls) c.disabled = false;
  }
}
