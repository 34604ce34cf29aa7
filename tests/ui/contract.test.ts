/**
 * src/ui may not import src/gas (tests/architecture.test.ts), so the sidebar keeps its own list of the
 * server functions (ServerFunctions in src/ui/server.ts). This file fails to compile, and so `npm test`
 * fails at the typecheck, when that list and src/gas/api.ts drift apart.
 */
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

test("the sidebar's list of server functions is src/gas/api.ts's", () => {
  expect(sameNames && sameArgs).toBe(true);
  expect(
    Object.keys(api)
      .filter((n) => n.startsWith("api"))
      .sort(),
  ).toEqual(
    Object.keys(asSeenBySidebar)
      .filter((n) => n.startsWith("api"))
      .sort(),
  );
});
