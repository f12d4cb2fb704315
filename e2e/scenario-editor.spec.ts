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
  await label("Difficulty").selectOption("advanced");
  await label("Environment").fill("stage-eu");
  await label("Protected environment").check();
  await label("Designers").fill("Jiwon Park, Sam Lee");
  await label("Time box (minutes)").fill("30");
  await label("Participants' briefing").fill("Support reports orders missing from the dashboard.");
  await label("Hidden root cause").fill("The consumer group was paused by a stale feature flag.");
  await label("Expected impact").fill("Orders accepted but never fulfilled.");

  await label("Injection 1 name").fill("Pause the orders consumer group");
  await label("Injection 1 instructions").fill("kafka-consumer-groups --pause --group orders");
  await label("Rollback 1 instructions").fill("kafka-consumer-groups --resume --group orders");
  await page.getByRole("button", { name: "Add injection step" }).click();
  await label("Injection 2 name").fill("Flip the stale feature flag");
  await label("Injection 2 kind").selectOption("webhook");
  await label("Injection 2 method").selectOption("PUT");
  await label("Injection 2 URL").fill("https://flags.stage.internal/api/flags/orders.pause");
  await label("Injection 2 body").fill('{ "value": true, "reason": "drill {{drill.id}}" }');
  await label("Injection 2 timeout (s)").fill("15");
  await label("Rollback 2 kind").selectOption("webhook");
  await label("Rollback 2 method").selectOption("DELETE");
  await label("Rollback 2 URL").fill("https://flags.stage.internal/api/flags/orders.pause");

  await page.getByRole("button", { name: "Add signal" }).click();
  await label("Signal 1").fill("orders consumer lag");
  await label("Signal 1 direction").selectOption("up");
  await label("Signal 1 dashboard URL").fill("https://grafana.stage.internal/d/kafka-lag");

  await label("Model answer step 1").fill("Check consumer lag per group.");
  await page.getByRole("button", { name: "Add step" }).click();
  await label("Model answer step 2").fill("Resume the group, then remove the flag.");
  await page.getByRole("button", { name: "Add criterion" }).click();
  await label("Criterion 1 milestone").selectOption("mitigated");
  await label("Criterion 1 within (min)").fill("20");

  await page.getByRole("button", { name: "Add alert" }).click();
  await label("Alert 1 offset (min)").fill("45");
  await label("Alert 1 relative to").selectOption({ label: "After step 2 · Flip the stale feature flag" });
  await label("Alert 1 severity").selectOption("critical");
  await label("Alert 1 title").fill("[P2] orders-consumer lag > 10k");
  await label("Alert 1 unless milestone").selectOption("mitigated");
  await expect(page.getByTestId("channel-alert")).toContainText("[P2] orders-consumer lag > 10k");

  await page.getByRole("button", { name: "Add hint" }).click();
  await label("Hint 1 text").fill("Which consumer groups are behind?");
  await page.getByRole("button", { name: "Add hint" }).click();
  await label("Hint 2 text").fill("Has any feature flag changed today?");
  await label("Hint 2 release").selectOption("at_offset_unless_milestone");
  await label("Hint 2 offset (min)").fill("10");
  await label("Hint 2 unless milestone").selectOption("root_cause_identified");
  await page.getByRole("button", { name: "Move hint 2 up" }).click();
  await expect(label("Hint 1 text")).toHaveValue("Has any feature flag changed today?");
  await expect(page.getByTestId("channel-hint").first()).toContainText("Has any feature flag changed today?");

  await page.getByRole("button", { name: "Save scenario" }).click();
  const offset = label("Alert 1 offset (min)");
  await expect(offset).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Must be within the time box (30 min)")).toBeVisible();
  await expect(page).toHaveURL(/\/scenarios\/new$/);
  await shoot(page, "scenario-editor-error");

  await offset.fill("5");
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page).toHaveURL(/\/scenarios\/(?!new)[^/]+$/);

  await page.reload();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("[P2] orders-consumer lag > 10k").first()).toBeVisible();
  await expect(page.getByText("The consumer group was paused by a stale feature flag.")).toBeVisible();
  await expect(page.getByText("https://flags.stage.internal/api/flags/orders.pause").first()).toBeVisible();
  await expect(page.getByText("protected", { exact: true })).toBeVisible();
  await shoot(page, "scenario-detail");

  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(label("Hint 1 text")).toHaveValue("Has any feature flag changed today?");
  await expect(label("Hint 1 release")).toHaveValue("at_offset_unless_milestone");
  await expect(label("Injection 2 kind")).toHaveValue("webhook");
  await expect(label("Injection 2 timeout (s)")).toHaveValue("15");
  await expect(label("Alert 1 relative to")).toHaveValue(/^inj-/);
  await expect(label("Model answer step 2")).toHaveValue("Resume the group, then remove the flag.");

  await page.goto(`/scenarios?q=${encodeURIComponent("Kafka consumer lag")}`);
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Redis/ })).toHaveCount(0);
  await shoot(page, "scenario-library");
});

test("problems the server finds show at their field, or in the banner when no field can show them", async ({ page }) => {
  await page.route("**/api/scenarios", async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    await route.fulfill({
      status: 422,
      contentType: "application/problem+json",
      body: JSON.stringify({
        title: "Some fields are not valid",
        errors: [
          { path: "definition.injections[0].action.instructions", message: "must name the host" },
          { path: "definition.environment.name", message: "is not a known environment" },
          { path: "definition.someFutureField", message: "is not supported" },
        ],
      }),
    });
  });
  await page.goto("/scenarios/new");
  const label = (name: string) => page.getByLabel(name, { exact: true });
  await label("Title").fill("Server-side checks");
  await label("Summary").fill("The server knows more than the browser.");
  await label("Target components").fill("api-server");
  await label("Hidden root cause").fill("None: this scenario is only saved, never run.");
  await label("Injection 1 name").fill("Restart the API");
  await label("Injection 1 instructions").fill("systemctl restart api");
  await label("Rollback 1 instructions").fill("Nothing to undo.");
  await label("Model answer step 1").fill("Wait.");
  await page.getByRole("button", { name: "Save scenario" }).click();

  await expect(label("Injection 1 instructions")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Must name the host")).toBeVisible();
  await expect(label("Environment")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "someFutureField is not supported" })).toBeVisible();
  await expect(label("Title")).toHaveValue("Server-side checks");
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

test("a save that loses a race keeps the edits, and leaving with unsaved edits asks first", async ({ page, request }) => {
  const created = await request.post("/api/scenarios", {
    data: {
      definition: {
        title: `Race ${Date.now()}`,
        summary: "Two facilitators edit at once.",
        components: ["api-server"],
        timeBoxMinutes: 30,
        rootCause: "None.",
        injections: [{ id: "inj-1", name: "Nothing", action: { kind: "manual", instructions: "None." }, rollback: { kind: "manual", instructions: "None." } }],
        modelAnswer: ["Nothing to do."],
      },
    },
  });
  const scenario = await created.json();
  await page.goto(`/scenarios/${scenario.id}/edit`);
  const label = (name: string) => page.getByLabel(name, { exact: true });
  await label("Summary").fill("My edit, which must survive.");

  await request.put(`/api/scenarios/${scenario.id}`, { data: { baseRevision: 1, definition: { ...scenario.definition, summary: "Their edit." } } });
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "saved by someone else" })).toBeVisible();
  await expect(label("Summary")).toHaveValue("My edit, which must survive.");

  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("link", { name: "Scenarios", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}/edit$`));
  await expect(label("Summary")).toHaveValue("My edit, which must survive.");
});
