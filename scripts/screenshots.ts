/**
 * `npm run screenshots`: the pictures of the sidebar in the staff guide (docs/), made again from the
 * browser tests' set-up (tests/ui/): the built dist/gas/Sidebar.html in chromium at 300 px in Vietnamese,
 * its google.script.run answered by the real server functions on the fakes holding the example plan.
 * A clean state: Quý I năm 2020 chosen, nothing typed, no error, the user one of the Văn phòng's
 * addresses, the update form on task 4.2 dated 16/03/2020 (the date box reads dd/mm/yyyy).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { sampleSpreadsheet } from "../tests/support/gas";
import { launchSidebarBrowser } from "../tests/ui/browser";
import { callApi, SIDEBAR_HTML, scriptRunShim } from "../tests/ui/gas-bridge";

const ROOT = process.cwd();
const DOCS = join(ROOT, "docs");
const USER = "vanphong.bqlkcn@example.gov.vn";

/** The part of the page from the top of the first element to the bottom of the last, as one picture. */
async function shoot(page: Page, file: string, first: string, last = first): Promise<void> {
  // In page coordinates (a locator's boundingBox is in the viewport's, which moves as the page scrolls).
  const box = (selector: string) =>
    page.evaluate((s) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return r ? { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY } : null;
    }, selector);
  const top = await box(first);
  const bottom = await box(last);
  if (!top || !bottom) throw new Error(`${first} or ${last} is not on the page`);
  const margin = 8;
  const y = Math.max(0, top.top - margin);
  await page.screenshot({
    path: join(DOCS, file),
    fullPage: true,
    clip: { x: 0, y, width: 300, height: bottom.bottom + margin - y },
  });
  console.log(`docs/${file}`);
}

async function main(): Promise<void> {
  // Without its Vietnamese language pack chromium shows a date box as mm/dd/yyyy, whatever the page says.
  if (!existsSync("/usr/lib/chromium/locales/vi.pak"))
    throw new Error("chromium has no Vietnamese: apt-get install -y chromium-l10n, then run again");
  const box = sampleSpreadsheet({ user: USER });
  const profile = mkdtempSync(join(tmpdir(), "papi-screenshots-"));
  const context = await launchSidebarBrowser(profile, 2);
  try {
    await context.exposeBinding("__gas", (_source, name: string, args: unknown) => callApi(name, args));
    await context.addInitScript(scriptRunShim("(name, args) => window.__gas(name, args)"));
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(ROOT, SIDEBAR_HTML)).href);
    await page.waitForSelector("body[data-period]:not([aria-busy])");
    await page.selectOption("#period", "2020-Q1");
    await page.waitForSelector('body[data-period="2020-Q1"]:not([aria-busy])');

    await shoot(page, "sidebar.png", "header", 'section[aria-labelledby="h-progress"]');
    await shoot(page, "sidebar-don-vi.png", 'section[aria-labelledby="h-units"]');
    await page.fill("#task-filter", "4.2");
    await page.fill("#date", "2020-03-16");
    await page.locator("#date").blur();
    await shoot(page, "sidebar-cap-nhat.png", 'section[aria-labelledby="h-update"]');
  } finally {
    await context.close();
    box.restore();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
