import { expect, test } from "@playwright/test";
import { STORAGE_STATE } from "../playwright.config";
import { startSeededDrill } from "./support/api";
import { shoot } from "./support/screenshots";

const MISTAKE = "Restarted every api-server pod before looking at the cache";
const GOOD_CALL = "Paged the API team within two minutes";

test("an observer turns a note into an improvement for a team, drafts the rest, keeps and merges them", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const drill = await startSeededDrill(request);
  expect((await request.post(`/api/drills/${drill.id}/roster`, { data: { people: [{ name: "Ahn Newest", role: "active_responder", team: "API" }] } })).status()).toBe(201);
  for (const [text, tag] of [[MISTAKE, "mistake"], [GOOD_CALL, "good_call"], ["Nobody posted a status update for ten minutes", "communication"]])
    expect((await request.post(`/api/drills/${drill.id}/notes`, { data: { text, tags: [tag] } })).status()).toBe(201);
  expect((await request.post(`/api/drills/${drill.id}/end`, { data: { outcome: "mitigated" } })).status()).toBe(200);

  const context = await browser.newContext({ storageState: STORAGE_STATE.observer });
  const page = await context.newPage();
  await page.goto(`/drills/${drill.id}/observe`);
  const notes = page.getByRole("list", { name: "Observer notes" });
  const mistake = notes.locator("li", { hasText: MISTAKE });
  await mistake.getByRole("button", { name: /Turn note #\d+ into a retrospective item/ }).click();

  const form = page.getByRole("form", { name: /Add a retrospective item from note/ });
  await expect(form.getByLabel("Text")).toHaveValue(MISTAKE);
  await expect(form.getByLabel("Category")).toHaveValue("improvement");
  await form.getByLabel("Audience").selectOption("team:API");
  await form.getByLabel("Text").fill("Look at the cache before restarting pods");
  await form.getByRole("button", { name: "Add to the retrospective" }).click();
  const forApi = page.getByRole("region", { name: "For API" });
  await expect(forApi.getByRole("list", { name: "Areas for improvement for API" })).toContainText("Look at the cache before restarting pods");

  await page.getByRole("button", { name: "Draft from notes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Drafted 2 items from notes." })).toBeVisible();
  const everyone = page.getByRole("region", { name: "For Everyone" });
  await expect(everyone.getByText("Draft from a note")).toHaveCount(2);
  await everyone.getByRole("button", { name: `Keep "${GOOD_CALL}"` }).click();
  await expect(everyone.getByText("Draft from a note")).toHaveCount(1);

  await everyone.getByRole("checkbox", { name: `Select "${GOOD_CALL}" to merge` }).check();
  await everyone.getByRole("checkbox", { name: /Select "Nobody posted a status update/ }).check();
  await page.getByLabel(/Merge 2 selected items into/).selectOption({ label: `${GOOD_CALL} (Everyone)` });
  await shoot(page, "retro-merge");
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(everyone.getByText("- Nobody posted a status update for ten minutes")).toBeVisible();
  await expect(everyone.getByText("Draft from a note")).toHaveCount(0);
  await shoot(page, "retro-by-audience");
  await context.close();
});
