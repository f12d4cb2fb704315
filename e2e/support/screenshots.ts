import type { Page } from "@playwright/test";

// Several runs share test-results/, which each run empties: E2E_SCREENSHOTS_DIR keeps one run's shots apart.
export const SCREENSHOTS_DIR = process.env.E2E_SCREENSHOTS_DIR ?? "test-results/screenshots";

/** Full-page screenshots of what users see, kept under test-results/screenshots for review. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS_DIR}/${name}.png`, fullPage: true });
}
