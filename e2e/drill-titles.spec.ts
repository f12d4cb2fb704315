import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { referenceScenarios } from "../lib/scenarios/seed-data/index";
import { shoot } from "./support/screenshots";

const reference = referenceScenarios[0]!;

test("a facilitator names a drill for staff and for participants, and the channel shows only the public one", async ({ page, browser }) => {
  await page.goto("/scenarios/reference-scenario-1");
  await expect(page.getByTestId("scenario-public-title")).toHaveText(reference.publicTitle!);

  await page.getByRole("button", { name: `Run drill: ${reference.title}` }).click();
  const dialog = page.getByRole("dialog", { name: "Run a drill" });
  const staffTitle = dialog.getByLabel("Drill title (staff only)");
  const publicTitle = dialog.getByLabel("Participant-facing title");
  await expect(staffTitle).toHaveValue(reference.title);
  await expect(publicTitle).toHaveValue(reference.publicTitle!);
  await shoot(page, "create-drill-dialog");

  // The scenario's title names the cause: refused as the public face, next to the field.
  await publicTitle.fill(reference.title);
  await dialog.getByRole("button", { name: "Create drill" }).click();
  await expect(dialog.getByText(/Must differ from the scenario's title/)).toBeVisible();
  await expect(page).toHaveURL(/\/scenarios\/reference-scenario-1$/);

  const name = `Thursday drill ${randomUUID().slice(0, 6)}`;
  await staffTitle.fill(name);
  await publicTitle.fill("Login failures on stage");
  await dialog.getByRole("button", { name: "Create drill" }).click();
  await expect(page).toHaveURL(/\/drills\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("drill-public-title")).toHaveText("Login failures on stage");

  await page.getByRole("button", { name: "Start drill" }).click();
  await expect(page.getByTestId("drill-status")).toHaveText("running");
  const channelUrl = await page.getByRole("link", { name: /Participant channel/ }).getAttribute("href");
  const participantContext = await browser.newContext();
  const participant = await participantContext.newPage();
  await participant.goto(channelUrl!);
  await expect(participant.getByTestId("channel-title")).toHaveText("Login failures on stage");
  await expect(participant.getByText("Incident declared: Login failures on stage", { exact: false })).toBeVisible();
  const seen = await participant.locator("body").innerText();
  for (const hidden of [reference.title, name, "UserSegmentCache"]) expect(seen, hidden).not.toContain(hidden);
  await shoot(participant, "channel-public-title");
  await participantContext.close();
});

test("a planned drill can be deleted from the drill list and from its control room, after a confirmation", async ({ page, request }) => {
  const create = async (title: string) => {
    const response = await request.post("/api/drills", { data: { scenarioId: "reference-scenario-2", title } });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const listed = `Duplicate drill ${randomUUID().slice(0, 6)}`;
  await create(listed);
  await page.goto("/drills");
  await expect(page.getByRole("link", { name: listed })).toBeVisible();
  await page.getByRole("button", { name: `Delete drill: ${listed}` }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this planned drill?" });
  await expect(confirm).toContainText(listed);
  await confirm.getByRole("button", { name: "Delete drill" }).click();
  await expect(page.getByRole("link", { name: listed })).toHaveCount(0);

  const planned = `Mistaken drill ${randomUUID().slice(0, 6)}`;
  const id = await create(planned);
  await page.goto(`/drills/${id}`);
  await page.getByRole("button", { name: `Delete drill: ${planned}` }).click();
  await page.getByRole("dialog", { name: "Delete this planned drill?" }).getByRole("button", { name: "Delete drill" }).click();
  await expect(page).toHaveURL(/\/drills$/);
  expect((await request.get(`/api/drills/${id}`)).status()).toBe(404);

  // A drill that ran is kept for its review: no delete offered, and the API refuses.
  const ran = `Ran drill ${randomUUID().slice(0, 6)}`;
  const ranId = await create(ran);
  expect((await request.post(`/api/drills/${ranId}/start`)).status()).toBe(200);
  await page.goto(`/drills/${ranId}`);
  await expect(page.getByTestId("drill-status")).toHaveText("running");
  await expect(page.getByRole("button", { name: `Delete drill: ${ran}` })).toHaveCount(0);
  const refused = await request.delete(`/api/drills/${ranId}`);
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { title: string }).title).toMatch(/Only a planned drill can be deleted/);
  expect((await request.post(`/api/drills/${ranId}/abort`, { data: { confirm: true } })).status()).toBe(200);
});
