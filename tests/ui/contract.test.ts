/**
 * src/ui may not import src/gas (tests/architecture.test.ts), so the sidebar keeps its own list of the
 * server functions (ServerFunctions in src/ui/server.ts). The check is mostly a TYPE check: this file fails
 * to compile, and so `npm test` fails at `npm run typecheck`, when that list and src/gas/api.ts drift apart
 * (names or arguments). The @ts-expect-error lines prove the type check can fail. At run time the test
 * compares the names written in src/ui/server.ts with the functions src/gas/api.ts exports.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as api from "../../src/gas/api";
import type { ServerFunctions } from "../../src/ui/server";

type ApiModule = typeof api;
type ServerNames = { [K in keyof ApiModule]: K extends `api${string}` ? K : never }[keyof ApiModule];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Every function the sidebar calls exists with a compatible signature… */
const asSeenBySidebar: ServerFunctions = api;
/** …and the sidebar knows every `api…` function there is. */
const sameNames: Same<ServerNames, keyof ServerFunctions> = true;
/** The arguments are exactly the server's (not merely compatible). */
const sameArgs: Same<
  { [K in keyof ServerFunctions]: Parameters<ServerFunctions[K]> },
  { [K in keyof ServerFunctions]: Parameters<ApiModule[K]> }
> = true;

// @ts-expect-error A name the server does not have is a type error: the check above can fail.
const extraName: Same<ServerNames | "apiNope", keyof ServerFunctions> = true;
// @ts-expect-error Different arguments are a type error too.
const otherArgs: Same<Parameters<ServerFunctions["apiGenerate"]>, [string]> = true;

/** The names declared in ServerFunctions, read from the source (the interface leaves nothing at run time). */
function declaredNames(): string[] {
  const source = readFileSync(join(__dirname, "..", "..", "src", "ui", "server.ts"), "utf8");
  const body = /export interface ServerFunctions \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? "";
  return [...body.matchAll(/^\s*(api\w+)\s*:/gm)].map((m) => m[1] ?? "").sort();
}

test("the sidebar's list of server functions is src/gas/api.ts's", () => {
  expect([sameNames, sameArgs, asSeenBySidebar === api, extraName, otherArgs]).toEqual([
    true,
    true,
    true,
    true,
    true,
  ]);
  const exported = Object.keys(api)
    .filter((n) => n.startsWith("api") && typeof (api as Record<string, unknown>)[n] === "function")
    .sort();
  expect(declaredNames()).toEqual(exported);
  expect(exported.length).toBeGreaterThan(5);
});
