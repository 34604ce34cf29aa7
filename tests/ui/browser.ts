/**
 * How the sidebar's browser starts, for the browser tests and for `npm run screenshots`: Debian's chromium,
 * headless, as wide as Google's sidebar (300 px), in Vietnamese (vi-VN: the date box reads dd/mm/yyyy).
 */
import { type BrowserContext, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** `scale`: device pixels per CSS pixel (2 for sharp screenshots in the guide). */
export function launchSidebarBrowser(profile: string, scale = 1): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
      "--lang=vi-VN",
    ],
    viewport: { width: 300, height: 900 },
    locale: "vi-VN",
    // On Linux chromium takes its own language, which sets how a date box shows its date (dd/mm/yyyy in
    // Vietnamese), from the environment; the page's locale alone leaves it mm/dd/yyyy.
    env: { ...process.env, LANGUAGE: "vi" },
    deviceScaleFactor: scale,
  });
}
