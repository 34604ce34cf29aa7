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

/** Runs one server function as google.script.run would: only `api…` functions, plain data in and out. */
export function callApi(name: string, args: unknown): unknown {
  const fn = (api as unknown as Record<string, unknown>)[name];
  if (!/^api[A-Z]\w*$/.test(name) || typeof fn !== "function")
    throw new Error(`Script function not found: ${name}`);
  if (!Array.isArray(args)) throw new Error(`Arguments of ${name} must be an array`);
  const answer = (fn as ServerFunction)(...wire(args));
  return answer === undefined ? null : wire(answer);
}

/** What survives the trip: JSON data (google.script.run cannot carry Dates, functions or DOM nodes). */
function wire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Browser source defining window.google.script.run. `transport` is the source of a function
 * `(name, args) => Promise<answer>` evaluated in the page (e.g. a Playwright binding or a fetch).
 */
export function scriptRunShim(transport: string): string {
  return `(() => {
  const transport = ${transport};
  const runner = (success, failure, user) => new Proxy({}, {
    get(_target, name) {
      if (name === "withSuccessHandler") return (f) => runner(f, failure, user);
      if (name === "withFailureHandler") return (f) => runner(success, f, user);
      if (name === "withUserObject") return (u) => runner(success, failure, u);
      if (typeof name !== "string" || name === "then") return undefined;
      return (...args) => {
        const data = JSON.parse(JSON.stringify(args));
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
