/** The stand-in google.script.run follows Google's rules for what crosses between the page and the server. */
import { checkedArgs, toClient } from "./gas-bridge";

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
  norm(): number {
    return Math.hypot(this.x, this.y);
  }
}

describe("what the page may pass (guides/html/communication: parameters)", () => {
  test("primitives, null, plain objects and arrays pass; undefined items become null, undefined fields go", () => {
    expect(checkedArgs(["a", 1, true, null, { b: [1, undefined], c: undefined }, undefined])).toEqual([
      "a",
      1,
      true,
      null,
      { b: [1, null] },
      null,
    ]);
  });

  test.each([
    ["a Date", [new Date()], "0"],
    ["a function", ["x", () => 1], "1"],
    ["a class instance", [new Point(1, 2)], "0"],
    ["a Date inside an object", [{ when: new Date() }], "when"],
  ])("%s fails the call with Google's text", (_, args, key) => {
    expect(() => checkedArgs(args)).toThrow(`Failed due to illegal value in property: ${key}`);
  });

  test("a circular object fails the call", () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => checkedArgs([a])).toThrow("Failed due to illegal value in property: self");
  });
});

describe("what the page receives (guides/html/communication: return values)", () => {
  test("an answer holding a Date anywhere arrives as null", () => {
    expect(toClient({ ok: true, value: { rows: [{ at: new Date() }] } })).toBeNull();
  });

  test("functions and undefined fields vanish, in arrays they are null; class instances arrive as plain objects", () => {
    expect(toClient({ f: () => 1, u: undefined, list: [undefined, () => 2, 3], p: new Point(3, 4) })).toEqual(
      {
        list: [null, null, 3],
        p: { x: 3, y: 4 },
      },
    );
    expect(toClient(undefined)).toBeNull();
  });
});
