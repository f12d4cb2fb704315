import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Collects Content-Security-Policy violations from now on: the browser's `securitypolicyviolation` events
 * (kept per document, so read them before navigating away) and its console reports (kept across navigations).
 * Returns a function that reads everything collected so far.
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const reported: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) reported.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : "";
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || "an inline resource"}${where}: ${event.sample}`);
    });
  });
  return async () => [...reported, ...(await page.evaluate(() => window.__cspViolations ?? []))];
}

/** True once React has hydrated the document, i.e. the page's scripts were allowed to run; false after `timeout` ms. */
export function hydrated(page: Page, timeout = 10_000): Promise<boolean> {
  return page
    .waitForFunction(() => Object.keys(document.body).some((key) => key.startsWith("__reactFiber$")), undefined, { timeout })
    .then(() => true, () => false);
}
