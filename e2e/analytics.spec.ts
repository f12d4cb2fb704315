import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { csvCell } from "../components/analytics/csv";
import type { RosterView } from "../lib/drills/roster/view";
import type { DrillView } from "../lib/drills/view";
import { STORAGE_STATE } from "../playwright.config";
import { shoot } from "./support/screenshots";

/** An ended drill of the first reference scenario whose roster has one person of `team`; closing stores its result. */
async function endedDrill(request: APIRequestContext, team: string, outcome: "mitigated" | "failed", milestones: string[], close = true): Promise<DrillView> {
  const created = await request.post("/api/drills", { data: { scenarioId: "reference-scenario-1", roster: [{ name: `Responder of ${team}`, role: "active_responder", team }] } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/drills/${id}/start`)).status()).toBe(200);
  for (const milestone of milestones) expect((await request.post(`/api/drills/${id}/milestones`, { data: { milestone, note: "by the browser test" } })).status()).toBe(201);
  expect((await request.post(`/api/drills/${id}/end`, { data: { outcome, note: "ended by the browser test" } })).status()).toBe(200);
  expect((await request.post(`/api/drills/${id}/review`)).status()).toBe(200);
  if (close) expect((await request.post(`/api/drills/${id}/close`)).status()).toBe(200);
  return (await (await request.get(`/api/drills/${id}`)).json()) as DrillView;
}

test("analytics filtered by a team shows its closed drills, keeps the filter in the address and downloads the scenarios as CSV", async ({ page, request }) => {
  test.setTimeout(120_000);
  const team = `Payments ${Date.now()}`;
  const mitigated = await endedDrill(request, team, "mitigated", ["mitigated"]);
  await endedDrill(request, team, "failed", []);
  // Still in review: not counted, but said to be missing.
  await endedDrill(request, team, "mitigated", [], false);
  const title = mitigated.script.title;

  await page.goto("/analytics");
  await page.getByLabel("Team", { exact: true }).selectOption(team);
  await expect(page).toHaveURL(new RegExp(`team=${encodeURIComponent(team).replaceAll("%20", "(\\+|%20)")}`));
  await expect(page.getByRole("status", { name: "Drills counted" })).toContainText(/2\s*closed drills counted/);
  await expect(page.getByText(/\d+ ended drills? not closed yet (is|are) not counted/)).toBeVisible();

  const scenarios = page.getByRole("region", { name: "Scenarios table" });
  const row = scenarios.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("50%");
  await expect(row).toContainText("1 of 2");
  await expect(row).toContainText("Not enough runs yet: 2 of the 3 a verdict needs.");
  await expect(page.getByRole("img", { name: /^Outcomes per month\. \d{4}-\d{2}: 2 drills, 1 mitigated, 1 failed$/ })).toBeVisible();
  await expect(page.getByRole("img", { name: new RegExp(`^Time to mitigate for ${team}, minutes\\. \\d{4}-\\d{2}: median [\\d.]+ min`) })).toBeVisible();
  await expect(page.getByLabel("Times of team")).toHaveValue(team);
  await shoot(page, "analytics");

  // The filter survives a reload: it is in the address.
  await page.reload();
  await expect(page.getByLabel("Team", { exact: true })).toHaveValue(team);
  await expect(row).toContainText("50%");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Scenarios as CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("analytics-scenarios.csv");
  const lines = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toMatch(/^Scenario,Runs,Mitigated,Success rate \(%\),Acknowledge: drills measured,/);
  expect(lines[0]).toMatch(/,Declared difficulty,Measured difficulty,Calibration,Because$/);
  expect(lines.filter(Boolean)).toHaveLength(2);
  expect(lines[1]).toMatch(new RegExp(`^${csvCell(title).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},2,1,50,`));
  expect(lines[1]).toContain(",Not enough runs yet,Not enough runs yet: 2 of the 3 a verdict needs.");

  // Nothing of this team was aborted: the empty state, then every filter cleared at once.
  await page.getByLabel("Outcome", { exact: true }).selectOption("aborted");
  await expect(page.getByText("No closed drill matches these filters")).toBeVisible();
  await shoot(page, "analytics-empty");
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/analytics$/);
  await expect(page.getByLabel("Team", { exact: true })).toHaveValue("");
});

/** A closed drill in which `person` opened their personal link, posted and acknowledged the page: their part is stored at the close. */
async function drillTakenBy(request: APIRequestContext, browser: Browser, person: { name: string; email: string; team: string; role: string }): Promise<void> {
  const created = await request.post("/api/drills", { data: { scenarioId: "reference-scenario-3", roster: [{ name: person.name, role: person.role, team: person.team, email: person.email }] } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/drills/${id}/start`)).status()).toBe(200);
  const drill = (await (await request.get(`/api/drills/${id}`)).json()) as DrillView;
  const people = ((await (await request.get(`/api/drills/${id}/roster`)).json()) as RosterView).people;
  const key = new URL(people[0]!.personalLink!).hash.replace(/^#key=/, "");
  const channel = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const headers = { "x-participant-key": key };
  expect((await channel.request.post(`/api/channel/${drill.channelToken}/participants`, { headers, data: { displayName: person.name } })).ok()).toBe(true);
  expect((await channel.request.post(`/api/channel/${drill.channelToken}/messages`, { headers, data: { text: "On it" } })).status()).toBe(201);
  const paged = drill.script.alerts.find((alert) => alert.source === "pagerduty")!;
  expect((await request.post(`/api/drills/${id}/alerts`, { data: { alertId: paged.id } })).status()).toBe(201);
  expect((await channel.request.post(`/api/channel/${drill.channelToken}/acknowledgements`, { headers, data: { alertId: paged.id } })).status()).toBe(201);
  await channel.close();
  expect((await request.post(`/api/drills/${id}/end`, { data: { outcome: "mitigated", note: "ended by the browser test" } })).status()).toBe(200);
  expect((await request.post(`/api/drills/${id}/review`)).status()).toBe(200);
  expect((await request.post(`/api/drills/${id}/close`)).status()).toBe(200);
}

test("per-person figures: a facilitator follows a responder across drills and downloads them; an observer does not see them; an admin switches them off", async ({ page, request, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const team = `Growth ${stamp}`;
  const person = { name: `Rin Newcomer ${stamp}`, email: `rin-${stamp}@example.com`, team, role: "active_responder" };
  await drillTakenBy(request, browser, person);
  await drillTakenBy(request, browser, { ...person, role: "incident_commander" });

  await page.goto(`/analytics?team=${encodeURIComponent(team)}`);
  const table = page.getByRole("region", { name: "Responders table" });
  const row = table.getByRole("row").filter({ hasText: person.name });
  await expect(row).toContainText(person.email);
  await expect(row).toContainText("Active responder ×1, Incident commander ×1");
  await expect(row.getByRole("cell").nth(1)).toHaveText("2");
  await expect(page.getByLabel("Responder", { exact: true })).toHaveValue(`email:${person.email}`);
  await expect(page.getByRole("img", { name: new RegExp(`^Times of ${person.name} over their drills, minutes\\. \\d{4}-\\d{2}-\\d{2}.*\\(Active responder\\): first response [\\d.]+ min, acknowledge [\\d.]+ min; `) })).toBeVisible();
  // The chosen person is in the address, so the view can be shared and survives a reload.
  await row.getByRole("button", { name: person.name }).click();
  await expect(page).toHaveURL(new RegExp(`responder=email%3A${encodeURIComponent(person.email).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await page.getByRole("region", { name: "Responders table" }).scrollIntoViewIfNeeded();
  await shoot(page, "analytics-responders");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Responders as CSV" }).click();
  const lines = (await readFile(await (await downloading).path(), "utf8")).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  expect(lines[0]).toMatch(/^Name,Email or Slack id,Drills,Roles,Teams,First response: drills measured,First response: median \(min\),/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(new RegExp(`^${person.name},${person.email.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},2,"Active responder ×1, Incident commander ×1",${team},2,`));

  // An observer sees the team's figures, and a line instead of anyone's.
  const observer = await browser.newContext({ storageState: STORAGE_STATE.observer });
  const observerPage = await observer.newPage();
  await observerPage.goto(`/analytics?team=${encodeURIComponent(team)}`);
  await expect(observerPage.getByText("Per-person figures are for facilitators and admins.")).toBeVisible();
  await expect(observerPage.getByRole("region", { name: "Scenarios table" })).toBeVisible();
  await expect(observerPage.getByRole("region", { name: "Responders table" })).toHaveCount(0);
  expect((await observer.request.get("/api/analytics/responders")).status()).toBe(403);
  await observer.close();

  // An admin switches them off: nobody sees them, the admin included, until switched back on.
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const adminPage = await admin.newPage();
  try {
    await adminPage.goto("/analytics");
    await adminPage.getByRole("link", { name: "Settings", exact: true }).click();
    await expect(adminPage).toHaveURL(/\/admin\/settings$/);
    const toggle = adminPage.getByRole("switch", { name: "Show per-person figures" });
    await expect(toggle).toBeChecked();
    await toggle.click({ force: true });
    await expect(toggle).not.toBeChecked();
    await expect(adminPage.getByText(/^Last changed /)).toBeVisible();
    await shoot(adminPage, "admin-settings");
    await adminPage.goto(`/analytics?team=${encodeURIComponent(team)}`);
    await expect(adminPage.getByText("An admin switched per-person figures off")).toBeVisible();
    await expect(adminPage.getByRole("region", { name: "Responders table" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByText("An admin switched per-person figures off")).toBeVisible();
    const audit = await admin.request.get("/api/audit?action=settings.changed");
    expect(JSON.stringify(await audit.json())).toContain('"to":false');
  } finally {
    expect((await admin.request.put("/api/admin/settings", { data: { responderAnalytics: true } })).status()).toBe(200);
    await admin.close();
  }
});
