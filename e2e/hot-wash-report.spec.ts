import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PARTICIPANT_KEY_HEADER } from "../lib/channel/schemas";
import type { DrillView } from "../lib/drills/view";
import { SCREENSHOTS_DIR, shoot } from "./support/screenshots";

const API_IMPROVEMENT = "Look at the cache's hit rate before restarting pods";
const EVERYONE_STRENGTH = "Paged the right team within two minutes";
const ACTION = "Add a cache hit-rate panel to the API dashboard";

async function guestKey(request: APIRequestContext, token: string, displayName: string): Promise<string> {
  const joined = await request.post(`/api/channel/${token}/participants`, { data: { displayName } });
  expect(joined.status()).toBe(201);
  return ((await joined.json()) as { secret: string }).secret;
}

const answer = (difficulty: number, why: string, anonymous = false) => ({ anonymous, answers: { difficulty: { score: difficulty, text: why }, usefulness: { score: 4 }, enjoyment: { score: 5 } } });

/** The text of each page of a PDF, and the page as a PNG beside the screenshots. */
function pdfPages(pdf: Buffer, name: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "hot-wash-pdf-"));
  const file = join(dir, "report.pdf");
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  return Array.from({ length: pages }, (_, index) => {
    const page = String(index + 1);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", page, "-l", page, "-singlefile", file, join(SCREENSHOTS_DIR, `${name}-page-${page}`)]);
    return execFileSync("pdftotext", ["-layout", "-f", page, "-l", page, file, "-"], { encoding: "utf8" });
  });
}

test("the closed report shows the survey's charts and the retrospective by audience, on the page and in the PDF, a page per team", async ({ page, request }) => {
  test.setTimeout(120_000);
  const roster = [{ name: "Ahn API", role: "active_responder", team: "API" }];
  const created = await request.post("/api/drills", { data: { scenarioId: "reference-scenario-1", roster, chatProvider: "builtin" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/drills/${id}/start`)).status()).toBe(200);
  const { channelToken } = (await (await request.get(`/api/drills/${id}`)).json()) as DrillView;
  const token = channelToken!;
  const named = await guestKey(request, token, "Mina (named)");
  const hidden = await guestKey(request, token, "Wes (anonymous)");
  expect((await request.post(`/api/drills/${id}/end`, { data: { outcome: "mitigated" } })).status()).toBe(200);

  // Two participants answer in the channel (one of them anonymously), the facilitator in the debrief.
  const channelSurvey = `/api/channel/${token}/survey`;
  expect((await request.put(channelSurvey, { data: answer(4, "The cache metrics were hard to find"), headers: { [PARTICIPANT_KEY_HEADER]: named } })).status()).toBe(201);
  expect((await request.put(channelSurvey, { data: answer(2, "Too easy once the hint came", true), headers: { [PARTICIPANT_KEY_HEADER]: hidden } })).status()).toBe(201);
  expect((await request.put(`/api/drills/${id}/survey`, { data: answer(3, "About right") })).status()).toBe(201);

  expect((await request.post(`/api/drills/${id}/review`)).status()).toBe(200);
  expect((await request.post(`/api/drills/${id}/retro`, { data: { category: "improvement", audience: "team:API", text: API_IMPROVEMENT } })).status()).toBe(201);
  expect((await request.post(`/api/drills/${id}/retro`, { data: { category: "strength", audience: "everyone", text: EVERYONE_STRENGTH } })).status()).toBe(201);
  const action = await request.post("/api/improvements", { data: { drillId: id, title: ACTION, owner: "Ahn API", dueDate: "2027-01-15", priority: "high", category: "tooling", audience: "team:API" } });
  expect(action.status()).toBe(201);
  expect((await request.post(`/api/drills/${id}/close`)).status()).toBe(200);

  await page.goto(`/drills/${id}/report`);
  await expect(page.getByText("3 answers, 1 anonymous")).toBeVisible();
  await expect(page.getByRole("img", { name: /How hard was it\? 1: 0, 2: 1, 3: 1, 4: 1, 5: 0; average 3/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Comments on: How hard was it?" })).toContainText("Anonymous");
  await expect(page.getByRole("list", { name: "Areas for improvement for API" })).toContainText(API_IMPROVEMENT);
  await expect(page.getByRole("list", { name: "Strengths for Everyone" })).toContainText(EVERYONE_STRENGTH);
  await expect(page.getByRole("table", { name: "Action items for API" })).toContainText(ACTION);
  await shoot(page, "hot-wash-report");

  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("group", { name: "Download the report" }).getByRole("link", { name: "PDF", exact: true }).click()]);
  const pages = pdfPages(readFileSync((await file.path())!), "hot-wash-report-pdf");
  const whole = pages.join("\n");
  expect(whole).toContain("3 answers, 1 of them anonymous.");
  expect(whole).toContain("Anonymous: Too easy once the hint came");
  expect(whole).toContain("Mina (named) (4): The cache metrics were hard to find");
  // Each audience starts its own page, with only its own items and action items: a team can be handed its page.
  const apiPage = pages.find((text) => /Retrospective: API/.test(text))!;
  expect(apiPage).toContain(API_IMPROVEMENT);
  // The table may wrap the title in its column: its first words are enough to find it.
  expect(apiPage).toContain(ACTION.split(" ").slice(0, 5).join(" "));
  expect(apiPage).not.toContain(EVERYONE_STRENGTH);
  expect(pages.find((text) => /Retrospective: Everyone/.test(text))).toContain(EVERYONE_STRENGTH);
});
