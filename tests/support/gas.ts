/** A fake Google spreadsheet holding the example plan, with the fakes installed as globals. */
import { ymd } from "../../src/core/day";
import { sampleSheets } from "../../src/sample/sample";
import { createGasFakes, type GasFakes, type GasFakesOptions, sheetDate } from "../fakes";

export const ZONE = "Asia/Ho_Chi_Minh";

export interface Sandbox {
  fakes: GasFakes;
  restore: () => void;
}

/** Dates land as Sheets returns them: midnight of the day in the spreadsheet's zone. */
export function sampleSpreadsheet(options: { sample?: boolean } & GasFakesOptions = {}): Sandbox {
  const { sample: _, ...rest } = options;
  const fakes = createGasFakes({
    timeZone: ZONE,
    ...rest,
    user: options.user ?? "chuyenvien@example.gov.vn",
  });
  if (options.sample !== false) {
    const sheets = sampleSheets({
      timeZone: ZONE,
      dateCell: (day) => {
        const { year, month, day: d } = ymd(day);
        return sheetDate(year, month, d, ZONE);
      },
    });
    for (const sheet of sheets) fakes.seed(sheet.name, sheet.rows, { raw: true });
  }
  const restore = fakes.install();
  return { fakes, restore };
}
