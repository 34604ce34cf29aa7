/** The pure measure the PDF draws with and the grid sizes its rows with. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { phraseLines, textWidth, wrapText } from "../../src/core/measure";

test("the committed metrics are those of the fonts the build embeds", () => {
  const script = join(__dirname, "..", "..", "scripts", "fonts.mjs");
  expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
}, 60_000);

test("Times New Roman's widths: NFC and NFD text measure the same, bold is wider", () => {
  const text = "Kết quả thực hiện Kế hoạch";
  expect(textWidth(text.normalize("NFC"), "regular", 14)).toBeCloseTo(
    textWidth(wrapText(text.normalize("NFD"), { style: "regular", size: 14 }, 1000)[0] ?? "", "regular", 14),
  );
  // Times New Roman's "m" is 1593/2048 em.
  expect(textWidth("m", "regular", 2048)).toBe(1593);
  expect(textWidth(text, "bold", 14)).toBeGreaterThan(textWidth(text, "regular", 14));
});

test("titles break between phrases into the fewest, most even lines, never leaving a lone word", () => {
  const font = { style: "bold", size: 14 } as const;
  const phrases = ["Kết quả thực hiện", "Kế hoạch cải thiện, nâng cao", "Chỉ số PAPI 6 tháng đầu năm 2020"];
  expect(phraseLines(phrases, font, 400)).toEqual([
    "Kết quả thực hiện Kế hoạch cải thiện, nâng cao",
    "Chỉ số PAPI 6 tháng đầu năm 2020",
  ]);
  expect(phraseLines(phrases, font, 2000)).toEqual([phrases.join(" ")]);
  // A phrase wider than a line is wrapped on its own.
  expect(phraseLines(["BÁO CÁO", "một cụm từ rất dài không vừa một dòng"], font, 120).length).toBeGreaterThan(
    2,
  );
});

test("wrapping keeps every word and breaks a long link after its slashes", () => {
  const font = { style: "regular", size: 10 } as const;
  const link = "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/view";
  const lines = wrapText(`Minh chứng: ${link}`, font, 120);
  expect(lines.join("").replace(/\s/g, "")).toBe(`Minhchứng:${link}`);
  for (const l of lines) expect(textWidth(l, "regular", 10)).toBeLessThanOrEqual(120.01);
  expect(lines.some((l) => l.endsWith("/"))).toBe(true);
});
