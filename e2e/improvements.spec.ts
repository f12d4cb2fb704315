import { expect, test, type APIRequestContext } from "@playwright/test";
import { startSeededDrill } from "./support/api";
import { shoot } from "./support/screenshots";

async function endAndReview(request: APIRequestContext, drillId: string, milestones: string[]) {
  for (const milestone of milestones) expect((await request.post(`/api/drills/${drillId}/milestones`, { data: { milestone, note: "by the browser test" } })).status()).toBe(201);
  expect((await request.post(`/api/drills/${drillId}/end`, { data: { outcome: "mitigated", note: "ended by the browser test" } })).status()).toBe(200);
  expect((await request.post(`/api/drills/${drillId}/review`)).status()).toBe(200);
}

test("an action item planned in the debrief is proposed verified by a later drill meeting its criterion, and confirmed on /improvements", async ({ page, request }) => {
  test.setTimeout(120_000);
  const owner = `Mina ${Date.now()}`;
  const title = "Add a bypass flag for the segment cache";
  const first = await startSeededDrill(request);
  await endAndReview(request, first.id, []);

  // The facilitator plans it under the debrief, naming the criterion a later drill must meet.
  await page.goto(`/drills/${first.id}`);
  await page.getByRole("button", { name: "Add action item" }).click();
  const form = page.getByRole("form", { name: "New action item" });
  await form.getByLabel("Action").fill(title);
  await form.getByLabel("Owner").fill(owner);
  await form.getByLabel("Due date").fill("2026-01-15");
  await form.getByLabel("Tracker link").fill("javascript:alert(1)");
  await form.getByLabel("Priority").selectOption("high");
  await form.getByLabel("Category").selectOption("tooling");
  await expect(form.getByLabel("Verify by a later drill of")).toHaveValue(first.scenarioId);
  await form.getByLabel("Criterion").selectOption("mitigated");
  await form.getByRole("button", { name: "Add action item" }).click();
  await expect(form.getByText("An http:// or https:// link")).toBeVisible();
  await form.getByLabel("Tracker link").fill("https://tracker.example.com/OPS-42");
  await form.getByRole("button", { name: "Add action item" }).click();
  const plan = page.getByRole("region", { name: "The drill's action items" });
  await expect(plan.getByText(title)).toBeVisible();
  await expect(plan.getByText(/overdue by \d+ days/)).toBeVisible();
  await expect(plan.getByText(`Awaiting a drill of ${first.script.title} meeting Mitigated`)).toBeVisible();
  await shoot(page, "plan-panel");
  expect((await request.post(`/api/drills/${first.id}/close`)).status()).toBe(200);

  // A later drill of the same scenario closes having mitigated.
  const later = await startSeededDrill(request);
  await endAndReview(request, later.id, ["mitigated"]);
  expect((await request.post(`/api/drills/${later.id}/close`)).status()).toBe(200);

  await page.goto("/improvements");
  await page.getByLabel("Owner").selectOption(owner);
  await expect(page).toHaveURL(/owner=Mina/);
  await page.getByLabel("Verification proposed").check();
  await expect(page).toHaveURL(/verification=proposed/);
  const table = page.getByRole("region", { name: "Action items" });
  await expect(table.getByText(`Proposed: ${later.title} met Mitigated`)).toBeVisible();
  await shoot(page, "improvements-proposed");

  // The filters survive a reload: they are in the address.
  await page.reload();
  await expect(page.getByLabel("Verification proposed")).toBeChecked();
  await table.getByRole("button", { name: `Confirm the verification of ${title}` }).click();
  await expect(page.getByText("No action items match these filters.")).toBeVisible();
  await page.getByLabel("Verification proposed").uncheck();
  await page.getByLabel("Status", { exact: true }).selectOption("all");
  await expect(table.getByText(`Verified by ${later.title}`)).toBeVisible();
  await expect(table.getByLabel(`Status of ${title}`)).toHaveValue("done");
  await shoot(page, "improvements-verified");
});
