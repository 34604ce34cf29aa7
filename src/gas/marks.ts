/**
 * Marks each problem cell with a note and a colour, and clears the marks of the previous run and
 * nothing else: a mark is recognised by its note's prefix, so the user's own notes and colours stay.
 */
import type { Issue } from "../core/issues";
import { type CellRef, issueCells } from "../core/locate";
import type { RawWorkbook } from "../core/table";

export const MARK_PREFIX = "⚠ PAPI: ";
export const MARK_COLOURS = { error: "#f4c7c3", warning: "#fce8b2" } as const;
/** What getBackgrounds() answers for a cell without a fill of its own. */
const NO_FILL = "#ffffff";
/**
 * A marked cell's own fill, kept in its note (a line with the mark prefix, removed with the marks), so
 * clearing the mark gives the colour back, and it moves with the cell when rows are sorted.
 */
const FILL_LINE = `${MARK_PREFIX}(màu nền của ô trước khi đánh dấu: `;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Re-marks the given rows of each sheet (all rows when `only` is absent). Two reads and two writes per
 * sheet, whatever the number of problems. The sheet's last row and column are the size of its rows in
 * `workbook`, read as getDataRange() reads them, so they are not asked again.
 */
export function markIssues(
  ss: Spreadsheet,
  workbook: RawWorkbook,
  issues: readonly Issue[],
  /** An edit's rows; `edited`: the sheet the edit came with, so it is not looked up again. */
  only?: { sheet: string; rows: Set<number>; edited?: GoogleAppsScript.Spreadsheet.Sheet },
): number {
  const cells = issueCells(workbook, issues);
  const bySheet = new Map<string, { issue: Issue; cell: CellRef }[]>();
  for (const [issue, cell] of cells) {
    const list = bySheet.get(cell.sheet) ?? [];
    list.push({ issue, cell });
    bySheet.set(cell.sheet, list);
  }
  let marked = 0;
  for (const raw of workbook.sheets) {
    if (only && only.sheet !== raw.name) continue;
    const sheet = only?.edited ?? ss.getSheetByName(raw.name);
    if (!sheet) continue;
    const marks = (bySheet.get(raw.name) ?? []).filter((m) => !only || only.rows.has(m.cell.row));
    marked += marks.length;
    // An edit re-marks only its own rows, so a note someone is writing elsewhere is never rewritten.
    const first = only ? Math.min(...only.rows) : 1;
    const last = only
      ? Math.max(...only.rows)
      : Math.max(raw.rows.length, ...marks.map((m) => m.cell.row), 1);
    // Rows are rectangular, as getValues() answers.
    remark(sheet, marks, first, last, raw.rows[0]?.length ?? 0);
  }
  return marked;
}

/** Rewrites the notes and colours of rows first..last: our old marks out, the new ones in. */
function remark(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  marks: { issue: Issue; cell: CellRef }[],
  first: number,
  last: number,
  lastColumn: number,
): void {
  const cols = Math.max(lastColumn, ...marks.map((m) => m.cell.col), 1);
  const range = sheet.getRange(first, 1, last - first + 1, cols);
  const notes = range.getNotes();
  // null resets a cell's fill (range#setBackgrounds), letting the sheet's banding show again.
  const backgrounds: (string | null)[][] = range.getBackgrounds();
  let changed = false;
  notes.forEach((row, r) => {
    row.forEach((note, c) => {
      if (!note.includes(MARK_PREFIX)) return;
      row[c] = stripMark(note);
      const bg = backgrounds[r]?.[c];
      if (bg === MARK_COLOURS.error || bg === MARK_COLOURS.warning)
        (backgrounds[r] as (string | null)[])[c] = ownFill(note);
      changed = true;
    });
  });
  for (const { issue, cell } of marks) {
    const r = cell.row - first;
    const c = cell.col - 1;
    const noteRow = notes[r];
    const bgRow = backgrounds[r];
    if (!noteRow || !bgRow) continue;
    const bg = bgRow[c] ?? null;
    const own = bg === null || bg === NO_FILL || isMarkColour(bg) ? null : bg;
    const lines = [`${MARK_PREFIX}${issue.message}`, ...(own ? [`${FILL_LINE}${own})`] : [])];
    noteRow[c] = [noteRow[c], ...lines].filter((x) => x).join("\n");
    if (bg !== MARK_COLOURS.error) bgRow[c] = MARK_COLOURS[issue.severity];
    changed = true;
  }
  if (!changed) return;
  range.setNotes(notes);
  range.setBackgrounds(backgrounds as string[][]);
}

function isMarkColour(colour: string): boolean {
  return colour === MARK_COLOURS.error || colour === MARK_COLOURS.warning;
}

/** The fill a marked cell had before it was marked, from its note; null when it had none. */
function ownFill(note: string): string | null {
  const line = note.split("\n").find((l) => l.startsWith(FILL_LINE));
  return line ? line.slice(FILL_LINE.length, -1) : null;
}

/** The note without our marks: the user's own text, if any. */
export function stripMark(note: string): string {
  return note
    .split("\n")
    .filter((line) => !line.startsWith(MARK_PREFIX))
    .join("\n");
}
