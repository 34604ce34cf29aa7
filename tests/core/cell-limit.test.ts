import { CELL_TEXT_LIMIT, fitCell, SHORTENED_MARK } from "../../src/core/grid";

test("text up to the cell limit stays whole; longer text is cut before it, visibly, never inside an emoji", () => {
  const exact = "a".repeat(CELL_TEXT_LIMIT);
  expect(fitCell(exact)).toBe(exact);
  const long = "b".repeat(CELL_TEXT_LIMIT + 1);
  const cut = fitCell(long);
  expect(cut.length).toBe(CELL_TEXT_LIMIT);
  expect(cut.endsWith(SHORTENED_MARK)).toBe(true);
  // An emoji (two UTF-16 units) straddling the cut point is dropped whole.
  const at = CELL_TEXT_LIMIT - SHORTENED_MARK.length - 1;
  const emoji = `${"c".repeat(at)}😀${"d".repeat(100)}`;
  const kept = fitCell(emoji).slice(0, -SHORTENED_MARK.length);
  expect(kept).toBe("c".repeat(at));
});
