import { expect, test } from "@playwright/test";
import { shoot } from "./support/screenshots";

test("a facilitator writes a scenario, meets a validation error at the exact field, fixes it and saves", async ({ page }) => {
  const title = `Kafka consumer lag drill ${Date.now()}`;
  await page.goto("/scenarios/new");
  const label = (name: string) => page.getByLabel(name, { exact: true });

  await label("Title").fill(title);
  await label("Summary").fill("Orders stop appearing in the dashboard minutes after checkout.");
  await label("Target components").fill("orders-consumer, kafka-stage");
  await label("Tags").fill("kafka, lag");
  await label("Time box (minutes)").fill("30");
  await label("Participants' briefing").fill("Support reports orders missing from the dashboard.");
  await label("Hidden root cause").fill("The consumer group was paused by a stale feature flag.");
  await label("Model answer").fill("1. Check consumer lag. 2. Resume the group. 3. Remove the flag.");
  await label("Injection 1 name").fill("Pause the orders consumer group");
  await label("Injection 1 instructions").fill("kafka-consumer-groups --pause --group orders");

  await page.getByRole("button", { name: "Add alert" }).click();
  await label("Alert 1 offset (min)").fill("45");
  await label("Alert 1 title").fill("[P2] orders-consumer lag > 10k");
  await page.getByRole("button", { name: "Add hint" }).click();
  await label("Hint 1 text").fill("Which consumer groups are behind?");

  await page.getByRole("button", { name: "Save scenario" }).click();
  const offset = label("Alert 1 offset (min)");
  await expect(offset).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("must be within the time box (30 min)")).toBeVisible();
  await expect(page).toHaveURL(/\/scenarios\/new$/);
  await shoot(page, "scenario-editor-error");

  await offset.fill("5");
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page).toHaveURL(/\/scenarios\/(?!new)[^/]+$/);

  await page.reload();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("[P2] orders-consumer lag > 10k").first()).toBeVisible();
  await expect(page.getByText("The consumer group was paused by a stale feature flag.")).toBeVisible();
  await shoot(page, "scenario-detail");

  await page.goto(`/scenarios?q=${encodeURIComponent("Kafka consumer lag")}`);
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Redis/ })).toHaveCount(0);
  await shoot(page, "scenario-library");
});

test("the API names every bad field and keeps the saved revision", async ({ request }) => {
  const list = await (await request.get("/api/scenarios")).json();
  const seeded = list.find((row: { id: string }) => row.id === "reference-scenario-3");
  const before = await (await request.get(`/api/scenarios/${seeded.id}`)).json();
  const response = await request.put(`/api/scenarios/${seeded.id}`, {
    data: { baseRevision: before.revision, definition: { ...before.definition, timeBoxMinutes: 2, injections: [], title: "" } },
  });
  expect(response.status()).toBe(422);
  const problem = await response.json();
  expect(problem.errors.map((error: { path: string }) => error.path)).toEqual(
    expect.arrayContaining(["definition.title", "definition.timeBoxMinutes", "definition.injections"]),
  );
  const after = await (await request.get(`/api/scenarios/${seeded.id}`)).json();
  expect(after).toEqual(before);
});
