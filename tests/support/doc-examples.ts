/** The workbooks behind docs/workbook.md's JSON examples, built the way the doc says a user makes them. */
import { UPDATES } from "../../src/core/schema";
import { templateWorkbook } from "../../src/node/xlsx-template";
import { sampleSheets } from "../../src/sample/sample";

/** `papi template --sample`: the example plan. */
export async function sampleXlsx(file: string): Promise<void> {
  await templateWorkbook(sampleSheets()).xlsx.writeFile(file);
}

/** The example plan with row 3 of `Tiến độ` typed 150 in `Tiến độ (%)`. */
export async function sampleWithBadProgress(file: string): Promise<void> {
  const sheets = sampleSheets();
  const updates = sheets.find((s) => s.name === UPDATES.name);
  const header = updates?.rows[0] ?? [];
  const column = header.indexOf("Tiến độ (%)");
  const row = updates?.rows[2];
  if (!row || column < 0) throw new Error("the example has no Tiến độ row 3");
  row[column] = 150;
  await templateWorkbook(sheets).xlsx.writeFile(file);
}
