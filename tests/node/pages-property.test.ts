/**
 * The page rules (docs/workbook.md, "Pages as a văn thư checks them") over generated plans: long and short
 * results, many links, long unit names, 1 to 300 tasks. Few runs: each renders and reads a whole PDF.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { dayOf, isoDay } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { renderPdf } from "../../src/node/pdf";
import { extract, linksIn, pageProblems } from "../support/page-rules";
import { task, update, workbook } from "../support/workbook";

const dir = mkdtempSync(join(tmpdir(), "papi-pages-prop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORDS = [
  "tổ chức",
  "triển khai",
  "hội nghị",
  "doanh nghiệp",
  "khu công nghiệp",
  "công khai",
  "thủ tục",
  "văn bản",
];
const text = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(" "));
const link = fc
  .array(
    fc.constantFrom(
      "bqlkcn",
      "quy-hoach",
      "tin-tuc",
      "thu-tuc-hanh-chinh",
      "ke-hoach-28-2020",
      "view?id=12&x=3",
    ),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((parts) => `https://example.gov.vn/${parts.join("/")}`);
const result = fc
  .tuple(text(1, 60), fc.option(link, { nil: undefined }), text(0, 20))
  .map(([a, l, b]) => [a, l ? `(${l})` : "", b].filter((s) => s !== "").join(" "));
const plan = fc.record({
  tasks: fc.integer({ min: 1, max: 300 }),
  content: text(2, 30),
  result,
  longUnit: fc.boolean(),
  period: fc.constantFrom("2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4", "2020-H1", "2020-9M", "2020-Y"),
  narrative: text(0, 200),
});

test("every page rule holds for generated plans", () => {
  let n = 0;
  fc.assert(
    fc.property(plan, (p) => {
      const lead = p.longUnit
        ? "Trung tâm Dịch vụ hỗ trợ doanh nghiệp và xúc tiến đầu tư các khu công nghiệp"
        : "Văn phòng";
      const tasks = Array.from({ length: p.tasks }, (_, i) =>
        task(`${(i % 8) + 1}.${i + 1}`, {
          group: (i % 8) + 1,
          content: `${p.content} ${i + 1}`,
          lead,
          deadline: ["Quý I/2020", "Thường xuyên", "30/09/2020", "Năm 2020"][i % 4],
        }),
      );
      const updates = tasks.map((t, i) =>
        update(
          String(t.id),
          isoDay(dayOf(2020, 1, 10) + ((i * 37) % 330))
            .split("-")
            .reverse()
            .join("/"),
          (i * 13) % 101,
          {
            result: i % 3 === 0 ? p.result : `${p.content.slice(0, 40)} ${i}`,
            evidence:
              i % 5 === 0 ? "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view" : `CV ${i}/BQLKCN`,
          },
        ),
      );
      const narratives = [
        {
          period: p.period,
          situation: p.narrative,
          shortcomings: p.narrative,
          nextSteps: "Tiếp tục.",
          proposals: p.narrative,
        },
      ];
      const r = prepareReport(workbook({ tasks, updates, narratives }), p.period, dayOf(2020, 12, 20), {
        reportDate: dayOf(2020, 12, 20),
      });
      const links = r.model.statuses.flatMap((s) =>
        s.periodUpdates.flatMap((u) => linksIn(`${u.result} ${u.evidence}`)),
      );
      const pdf = extract(renderPdf(r.document), join(dir, `plan-${n++}.pdf`));
      expect(pageProblems(pdf, links)).toEqual([]);
    }),
    {
      numRuns: 4,
      seed: 20201218,
      endOnFailure: true,
      // The ends of the range run every time, whatever the seed draws: the largest plan (300 tasks, long
      // unit names, long results with links, the yearly report) and the smallest.
      examples: [
        [
          {
            tasks: 300,
            content: WORDS.join(" "),
            result: `${WORDS.join(" ")} (https://example.gov.vn/thu-tuc-hanh-chinh/view?id=12&x=3) ${WORDS.join(" ")}`,
            longUnit: true,
            period: "2020-Y",
            narrative: WORDS.join(" ").repeat(5),
          },
        ],
        [
          {
            tasks: 1,
            content: "tổ chức",
            result: "văn bản",
            longUnit: false,
            period: "2020-Q1",
            narrative: "",
          },
        ],
      ],
    },
  );
}, 600_000);
