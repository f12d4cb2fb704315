import { expect, test } from "@playwright/test";
import { startSeededDrill } from "./support/api";
import { shoot } from "./support/screenshots";

test("a share link watches the drill live and cannot act; revoked, it stops working", async ({ page, request, browser }) => {
  const drill = await startSeededDrill(request);
  await page.goto(`/drills/${drill.id}`);
  await page.getByRole("button", { name: "New link" }).click();
  await page.getByLabel("Who is it for?").fill("payments leads");
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.locator("#share-link-url").inputValue();
  expect(url).toMatch(/\/watch\/[\w-]{20,}$/);
  await shoot(page, "share-link-created");

  const viewerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewer = await viewerContext.newPage();
  await viewer.goto(url);
  await expect(viewer.getByText("Read-only")).toBeVisible();
  const timeline = viewer.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText(/Drill started/)).toBeVisible();

  // What the facilitator does shows up live; the viewer has nothing to act with.
  const alert = drill.script.alerts![0]!;
  expect((await request.post(`/api/drills/${drill.id}/alerts`, { data: { alertId: alert.id } })).status()).toBe(201);
  await expect(timeline.getByText(alert.title)).toBeVisible();
  await expect(viewer.getByRole("button", { name: /Add note|Fire|Start|End|Abort|Release/ })).toHaveCount(0);
  await expect(viewer.locator("textarea")).toHaveCount(0);
  await shoot(viewer, "watch-link");

  // Holding the link opens nothing else: the control room's API refuses the viewer's browser.
  expect((await viewerContext.request.post(`/api/drills/${drill.id}/notes`, { data: { text: "sneaky" } })).status()).toBe(401);
  expect((await viewerContext.request.get(`/api/drills/${drill.id}`)).status()).toBe(401);
  await viewer.goto(`/drills/${drill.id}`);
  await expect(viewer).toHaveURL(/\/sign-in/);

  await page.getByRole("button", { name: "Revoke the link for payments leads" }).click();
  await page.getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByText("revoked").first()).toBeVisible();
  await viewer.goto(url);
  await expect(viewer.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await shoot(viewer, "watch-link-revoked");
  await viewerContext.close();
});
