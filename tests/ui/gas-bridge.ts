/**
 * google.script.run outside Google, for the browser tests and `npm run preview`: the page gets a
 * chainable stand-in (withSuccessHandler / withFailureHandler / withUserObject, then the function name)
 * that hands the call to a transport and answers the handlers asynchronously, as Apps Script does; the
 * Node side runs the REAL server functions of src/gas/api.ts on whatever fakes are installed.
 */
import * as api from "../../src/gas/api";
import { type Sandbox, sampleSpreadsheet } from "../support/gas";

export const SIDEBAR_HTML = "dist/gas/Sidebar.html";

/** The example plan on the fakes, as the sidebar's server sees it. */
export function sidebarSpreadsheet(): Sandbox {
  return sampleSpreadsheet();
}

type ServerFunction = (...args: unknown[]) => unknown;

/** Runs one server function as google.script.run would: only `api…` functions, Google's rules both ways. */
export function callApi(name: string, args: unknown): unknown {
  const fn = (api as unknown as Record<string, unknown>)[name];
  // Functions whose names end in "_" are private, and only the add-on's api… functions are called.
  if (!/^api[A-Z]\w*$/.test(name) || typeof fn !== "function")
    throw new Error(`Script function not found: ${name}`);
  if (!Array.isArray(args)) throw new Error(`Arguments of ${name} must be an array`);
  return toClient((fn as ServerFunction)(...args));
}

/**
 * A server function's answer as the page receives it (guides/html/communication#parameters_and_return_values):
 * an answer holding a Date anywhere arrives as null; functions and undefined object fields are dropped,
 * undefined (or function) array items become null, class instances arrive as plain objects.
 */
export function toClient(value: unknown): unknown {
  return holdsDate(value, new Set()) ? null : (plain(value, false) ?? null);
}

function holdsDate(value: unknown, seen: Set<object>): boolean {
  if (value instanceof Date) return true;
  if (value === null || typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => holdsDate(v, seen));
}

function plain(value: unknown, inArray: boolean): unknown {
  if (value === undefined || typeof value === "function") return inArray ? null : undefined;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => plain(v, true));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const p = plain(v, false);
    if (p !== undefined) out[k] = p;
  }
  return out;
}

/**
 * Google's rule for the page's arguments, run in the page before anything is sent: primitives, null and
 * plain objects and arrays of them; a Date, a function, a DOM node, a class instance or a circular
 * reference anywhere fails the call at once with Google's text. Undefined array items become null and
 * undefined object fields are dropped. Written as plain JavaScript: its source is put in the page.
 */
export function checkedArgs(args: unknown[]): unknown[] {
  const seen = new Set<unknown>();
  const fail = (key: string | number) => {
    throw new TypeError(`Failed due to illegal value in property: ${key}`);
  };
  const walk = (value: unknown, key: string | number, inArray: boolean): unknown => {
    if (value === undefined) return inArray ? null : undefined;
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) return value;
    if (typeof value !== "object") return fail(key);
    const proto = Object.getPrototypeOf(value);
    if (seen.has(value) || (proto !== Object.prototype && proto !== Array.prototype && proto !== null))
      return fail(key);
    seen.add(value);
    if (Array.isArray(value)) return value.map((v, i) => walk(v, i, true));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const w = walk(v, k, false);
      if (w !== undefined) out[k] = w;
    }
    seen.delete(value);
    return out;
  };
  return args.map((a, i) => walk(a, i, true));
}

/**
 * Browser source defining window.google.script.run. `transport` is the source of a function
 * `(name, args) => Promise<answer>` evaluated in the page (e.g. a Playwright binding or a fetch).
 */
export function scriptRunShim(transport: string): string {
  return `(() => {
  const transport = ${transport};
  const checkedArgs = ${checkedArgs.toString()};
  const runner = (success, failure, user) => new Proxy({}, {
    get(_target, name) {
      if (name === "withSuccessHandler") return (f) => runner(f, failure, user);
      if (name === "withFailureHandler") return (f) => runner(success, f, user);
      if (name === "withUserObject") return (u) => runner(success, failure, u);
      if (typeof name !== "string" || name === "then") return undefined;
      return (...args) => {
        const data = checkedArgs(args);
        Promise.resolve()
          .then(() => transport(name, data))
          .then(
            (value) => setTimeout(() => success && success(value, user)),
            (error) => setTimeout(() => failure && failure(new Error(String((error && error.message) || error)), user)),
          );
      };
    },
  });
  window.google = { script: { run: runner(null, null, undefined), host: { close() {} } } };
})();`;
}
