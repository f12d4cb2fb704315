import { expect, test, type APIRequestContext } from "@playwright/test";
import type { ScenarioView } from "../lib/scenarios/view";
import { shoot } from "./support/screenshots";

async function importScenario(request: APIRequestContext, title: string, objectives: unknown[]): Promise<ScenarioView> {
  const document = {
    schemaVersion: 2,
    title,
    publicTitle: "Logins fail",
    summary: "Logins fail for everyone.",
    components: ["api-server"],
    timeBoxMinutes: 45,
    rootCause: "The session cache is unreachable.",
    injections: [{ id: "inj-1", name: "Cut the cache", action: { kind: "manual", instructions: "cut it" }, rollback: { kind: "manual", instructions: "restore it" } }],
    modelAnswer: ["Bypass the cache."],
    successCriteria: [{ milestone: "acknowledged", withinMinutes: 5 }, { milestone: "mitigated", withinMinutes: 30 }],
    objectives,
  };
  const response = await request.post("/api/scenarios/import", { data: { content: JSON.stringify(document), format: "json" } });
  expect(response.status()).toBe(201);
  return (await response.json()) as ScenarioView;
}

test("a scenario imported with objectives keeps them after an unrelated edit", async ({ page, request }) => {
  const objectives = [
    { id: "detect", name: "Detect", description: "Notice the page and own it", milestones: ["acknowledged"] },
    { id: "mitigate", name: "Mitigate", description: "", milestones: ["mitigation_started", "mitigated"] },
  ];
  const scenario = await importScenario(request, `Imported with objectives ${Date.now()}`, objectives);
  await page.goto(`/scenarios/${scenario.id}/edit`);
  await page.getByLabel("Summary", { exact: true }).fill("Logins fail for everyone, and the API slows down.");
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}$`));

  const saved = (await (await request.get(`/api/scenarios/${scenario.id}`)).json()) as ScenarioView;
  expect(saved.revision).toBe(scenario.revision + 1);
  expect(saved.definition.summary).toBe("Logins fail for everyone, and the API slows down.");
  expect(saved.definition.objectives).toEqual(objectives);
  const shown = page.getByRole("list", { name: "Objectives" });
  await expect(shown.getByText("Detect", { exact: true })).toBeVisible();
  await expect(shown.getByText("Rated against acknowledged within 5 min")).toBeVisible();
});

test("a facilitator edits a scenario's objectives, meets a problem at the field, saves, and finds them after a reload", async ({ page, request }) => {
  const scenario = await importScenario(request, `Objectives by hand ${Date.now()}`, []);
  await page.goto(`/scenarios/${scenario.id}/edit`);
  const objectivesSection = page.getByRole("region", { name: "Objectives" });
  await expect(objectivesSection.getByText("No objectives")).toBeVisible();

  await page.getByRole("button", { name: "Add objective" }).click();
  await page.getByLabel("Objective 1 name").fill("Escalate");
  await page.getByLabel("Objective 1 description").fill("Bring in the cache team early");
  await page.getByRole("button", { name: "Add objective" }).click();
  await page.getByLabel("Objective 2 name").fill("Mitigate");
  await page.getByLabel("Objective 2 milestone Mitigated").check();
  // Objective 1 names no milestone yet: the save is refused at that objective.
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(objectivesSection.getByText("Name at least one milestone")).toBeVisible();
  await expect(page).toHaveURL(/\/edit$/);
  await shoot(page, "scenario-objectives-error");

  await page.getByLabel("Objective 1 milestone Escalated").check();
  await page.getByLabel("Objective 1 milestone Acknowledged").check();
  await expect(objectivesSection.getByText("Rated against: Acknowledged within 5 min.")).toBeVisible();
  await objectivesSection.screenshot({ path: `${process.env.E2E_SCREENSHOTS_DIR ?? "test-results/screenshots"}/scenario-objectives-editor.png` });
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}$`));

  await page.reload();
  const shown = page.getByRole("list", { name: "Objectives" });
  await expect(shown.getByText("Escalate", { exact: true })).toBeVisible();
  await expect(shown.getByText("Bring in the cache team early")).toBeVisible();
  await expect(shown.getByText("Mitigate", { exact: true })).toBeVisible();
  await shoot(page, "scenario-objectives-detail");

  const saved = (await (await request.get(`/api/scenarios/${scenario.id}`)).json()) as ScenarioView;
  expect(saved.definition.objectives.map((objective) => [objective.name, objective.milestones])).toEqual([
    ["Escalate", ["acknowledged", "escalated"]],
    ["Mitigate", ["mitigated"]],
  ]);

  // Reopened, the editor shows what was saved.
  await page.goto(`/scenarios/${scenario.id}/edit`);
  await expect(page.getByLabel("Objective 1 name")).toHaveValue("Escalate");
  await expect(page.getByLabel("Objective 1 milestone Escalated")).toBeChecked();
  await expect(page.getByLabel("Objective 2 milestone Escalated")).not.toBeChecked();
});
