import type { Page } from "@playwright/test";

/** Full-page screenshots of what users see, kept under test-results/screenshots for review. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
