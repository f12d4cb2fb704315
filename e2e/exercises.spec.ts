import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { shoot } from "./support/screenshots";

/** A drill that ran and ended, seeded through the API as any client would. */
async function endedDrill(request: APIRequestContext, title: string, outcome: "mitigated" | "failed") {
  const created = await request.post("/api/drills", { data: { scenarioId: "reference-scenario-1", title } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/drills/${id}/start`)).status()).toBe(200);
  expect((await request.post(`/api/drills/${id}/end`, { data: { outcome, note: "ended by the browser test" } })).status()).toBe(200);
  return id;
}

test("a facilitator groups two drills into a game day, opens its report and downloads it", async ({ page, request, browser }) => {
  const stamp = Date.now();
  const first = await endedDrill(request, `Cache drill ${stamp}`, "mitigated");
  const second = await endedDrill(request, `Failover drill ${stamp}`, "failed");

  // One drill's report as a draft in review, then final once closed.
  expect((await request.post(`/api/drills/${first}/review`)).status()).toBe(200);
  await page.goto(`/drills/${first}/report`);
  await expect(page.getByText("Draft: the drill is still in review")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Cache drill ${stamp}` })).toBeVisible();
  await expect(page.getByRole("table", { name: "Times" })).toBeVisible();
  await shoot(page, "report-draft");
  expect((await request.post(`/api/drills/${first}/close`)).status()).toBe(200);
  await page.reload();
  await expect(page.getByText(/Final report, frozen/)).toBeVisible();
  await expect(page.getByText("Draft:")).toHaveCount(0);
  await shoot(page, "report-final");

  const name = `Payments game day ${stamp}`;
  await page.goto("/exercises");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Date").fill("2026-11-24");
  await page.getByLabel("Description").fill("Four scenarios, one afternoon.");
  await page.getByRole("button", { name: "Create exercise" }).click();
  await expect(page).toHaveURL(/\/exercises\/[^/]+$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const exerciseUrl = page.url();

  const picker = page.getByLabel("Add a drill to this exercise");
  const drills = page.getByRole("table", { name: "Drills in this exercise" });
  await picker.selectOption(first);
  await page.getByRole("button", { name: "Add drill" }).click();
  await expect(drills.getByRole("link", { name: `Cache drill ${stamp}`, exact: true })).toBeVisible();
  await picker.selectOption(second);
  await page.getByRole("button", { name: "Add drill" }).click();
  await expect(drills.getByRole("link", { name: `Failover drill ${stamp}`, exact: true })).toBeVisible();
  await expect(drills.getByRole("row")).toHaveCount(3);
  await shoot(page, "exercise");

  await page.goto("/exercises");
  const listed = page.getByRole("list", { name: `Drills of ${name}` });
  await expect(listed.getByText(`Cache drill ${stamp}`)).toBeVisible();
  await expect(listed.getByText("Mitigated")).toBeVisible();
  await expect(listed.getByText("Failed")).toBeVisible();
  await shoot(page, "exercises-list");

  await page.goto(exerciseUrl);
  await page.getByRole("link", { name: "Open the report" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const sideBySide = page.getByRole("table", { name: "Drills side by side" });
  await expect(sideBySide.getByText(`Cache drill ${stamp}`)).toBeVisible();
  await expect(sideBySide.getByText(`Failover drill ${stamp}`)).toBeVisible();
  await expect(page.getByText("One drill is not closed yet")).toBeVisible();
  await shoot(page, "exercise-report");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Markdown" }).click()]);
  const markdown = await readFile((await download.path())!, "utf8");
  expect(markdown).toContain(name);
  expect(markdown).toContain(`Cache drill ${stamp}`);
  expect(markdown).toContain(`Failover drill ${stamp}`);

  // Taken out, a drill stays, on its own.
  await page.goto(exerciseUrl);
  await page.getByRole("button", { name: `Remove Failover drill ${stamp} from the exercise` }).click();
  await expect(drills.getByRole("row")).toHaveCount(2);
  expect((await request.get(`/api/drills/${second}`)).status()).toBe(200);

  // A share link opens the closed drill's report signed out, read-only.
  const shared = await request.post(`/api/drills/${first}/share-links`, { data: { label: "managers", expiresInHours: 1 } });
  expect(shared.status()).toBe(201);
  const { path } = (await shared.json()) as { path: string };
  const viewerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewer = await viewerContext.newPage();
  await viewer.goto(`${path}/report`);
  await expect(viewer.getByText(/Final report, frozen/)).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Back to the drill" })).toHaveCount(0);
  await shoot(viewer, "report-shared");
  await viewerContext.close();
});
