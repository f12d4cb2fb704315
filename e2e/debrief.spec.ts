import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { DrillReport } from "../lib/review/report/types";
import type { TimelineEventView } from "../lib/timeline/events";
import { startSeededDrill } from "./support/api";
import { shoot } from "./support/screenshots";

const MESSAGE = "Segment cache timeouts everywhere, paging the API team now";
const NOTE = "Mina paged the API team before anyone asked: good instinct";

async function timeline(request: APIRequestContext, drillId: string): Promise<TimelineEventView[]> {
  return (await (await request.get(`/api/drills/${drillId}/timeline`)).json()) as TimelineEventView[];
}

async function download(page: Page, linkName: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("navigation", { name: "Report" }).getByRole("link", { name: linkName, exact: true }).click()]);
  return readFile((await file.path())!);
}

test("a drill runs to mitigated, then is debriefed, revealed, closed, downloaded and shared", async ({ page, request, browser }) => {
  test.setTimeout(120_000);
  const drill = await startSeededDrill(request);
  const root = drill.script.rootCause;

  // A participant responds in the built-in channel.
  const participantContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const participant = await participantContext.newPage();
  await participant.goto(drill.channelUrl!);
  await participant.getByLabel("Your name in this channel").fill("Mina (api team)");
  await participant.getByRole("button", { name: "Join channel" }).click();
  await participant.getByLabel("Message").fill(MESSAGE);
  await participant.getByRole("button", { name: "Send" }).click();

  await page.goto(`/drills/${drill.id}`);
  const list = page.getByRole("list", { name: "Timeline" });
  await expect(list.getByText(MESSAGE)).toBeVisible();
  await page.getByRole("button", { name: "Record milestone: Acknowledged" }).click();
  await expect(page.locator('[data-milestone="acknowledged"]').getByText("✓ Acknowledged")).toBeVisible();
  expect((await request.post(`/api/drills/${drill.id}/milestones`, { data: { milestone: "mitigated", note: "writes to the cache turned off" } })).status()).toBe(201);
  expect((await request.post(`/api/drills/${drill.id}/notes`, { data: { text: NOTE, tags: ["good_call"] } })).status()).toBe(201);

  await page.getByRole("button", { name: "End drill…" }).click();
  await page.getByText("mitigated", { exact: true }).click();
  await page.getByRole("button", { name: "Confirm: end as mitigated" }).click();
  await expect(page.getByTestId("drill-status")).toHaveText("mitigated");

  const events = await timeline(request, drill.id);
  const message = events.find((event) => event.kind === "chat.message" && event.body.text === MESSAGE)!;
  const acknowledged = events.find((event) => event.kind === "milestone.recorded" && event.body.milestone === "acknowledged")!;
  const note = events.find((event) => event.kind === "note.added")!;

  // The ended control room is the debrief; the review begins from it.
  await expect(page.getByTestId("scorecard")).toBeVisible();
  await expect(page.getByTestId("drill-ended")).toContainText("Ended as mitigated");
  await page.getByRole("button", { name: "Begin review" }).click();
  await expect(page.getByTestId("drill-status")).toHaveText("in review");
  await expect(page.getByTestId("drill-ended")).toContainText("Ended as mitigated");

  // The reveal: confirmed, then the participant sees the answer in the channel.
  await expect(participant.getByTestId("channel-reveal")).toHaveCount(0);
  expect(await participant.locator("body").innerText()).not.toContain(root.slice(0, 40));
  await page.getByRole("button", { name: "Reveal answer to participants…" }).click();
  await page.getByRole("button", { name: "Reveal to participants" }).click();
  await expect(page.locator('[data-fact="reveal"]')).toContainText("Participants have seen the answer since");
  await expect(page.getByRole("button", { name: "Reveal answer to participants…" })).toHaveCount(0);
  const reveal = participant.getByTestId("channel-reveal");
  await expect(reveal.getByRole("heading", { name: "The answer" })).toBeVisible();
  await expect(reveal).toContainText(root.slice(0, 40));
  await expect(reveal).toContainText(drill.script.modelAnswer[0]!.slice(0, 40));
  await shoot(participant, "channel-reveal");

  // A missed milestone, recorded after the fact at the participant's message.
  await page.getByLabel("Milestone", { exact: true }).selectOption("escalated");
  await page.getByLabel("Reached at (a past event)").selectOption(String(message.id));
  await page.getByLabel("Why it was not recorded then (required)").fill("Nobody pressed Escalated while Mina paged the API team");
  await page.getByRole("button", { name: "Record after the fact" }).click();
  const escalated = page.locator('[data-time="escalated"]');
  await expect(escalated).toContainText("recorded after the fact");
  await expect(escalated).not.toContainText("not reached");

  // Two model-answer steps linked to their evidence.
  await page.locator("#answer-evidence-0").selectOption(String(message.id));
  await expect(page.getByRole("list", { name: "Evidence for step 1" })).toContainText(`#${message.id}`);
  await page.locator("#answer-evidence-1").selectOption(String(acknowledged.id));
  await expect(page.getByRole("list", { name: "Evidence for step 2" })).toContainText(`#${acknowledged.id}`);
  await expect(page.locator("#verdict-0")).toHaveValue("done");

  // A key moment starred from the timeline, a note chosen for the report.
  await page.getByRole("button", { name: `Star event #${message.id} as a key moment` }).click();
  await expect(page.getByTestId("key-moments")).toContainText(MESSAGE.slice(0, 30));
  await expect(page.getByRole("button", { name: `Unstar event #${message.id} as a key moment` }).first()).toHaveAttribute("aria-pressed", "true");
  const pick = page.getByRole("checkbox", { name: `Include note #${note.id} in the report` });
  await pick.check();
  await expect(pick).toBeChecked();
  await expect(page.locator('[data-fact="frozen"]')).toContainText("recomputed");
  await shoot(page, "debrief-in-review");

  // Close: the report is frozen, and nothing more is offered but reopening.
  await page.getByRole("button", { name: "Close and freeze report…" }).click();
  await page.getByRole("button", { name: "Close and freeze", exact: true }).click();
  await expect(page.getByTestId("drill-status")).toHaveText("closed");
  await expect(page.locator('[data-fact="frozen"]')).toContainText(/This report is frozen \(sha256 [0-9a-f]{12}…\) since/);
  await expect(page.getByRole("button", { name: "Reopen…" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Close and freeze report…" })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: `Include note #${note.id} in the report` })).toHaveCount(0);
  await shoot(page, "debrief-closed");

  const markdown = (await download(page, "Markdown")).toString("utf8");
  expect(markdown).toContain(drill.title);
  expect(markdown).toContain(MESSAGE);
  const pdf = await download(page, "PDF");
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // A share link opens the frozen report for someone signed out.
  const link = await request.post(`/api/drills/${drill.id}/share-links`, { data: { label: "managers", expiresInHours: 24 } });
  expect(link.status()).toBe(201);
  const { path } = (await link.json()) as { path: string };
  const token = path.split("/").at(-1)!;
  const viewerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const shared = await viewerContext.request.get(`/api/watch/${token}/report`);
  expect(shared.status()).toBe(200);
  const report = (await shared.json()) as DrillReport;
  expect(report.final).toBe(true);
  expect(report.drill.status).toBe("closed");
  expect(report.keyMoments.map((moment) => moment.seq)).toEqual([message.id]);
  expect(report.notes.map((each) => each.seq)).toEqual([note.id]);
  expect(report.modelAnswer.slice(0, 2).map((step) => step.evidence.map((quote) => quote.seq))).toEqual([[message.id], [acknowledged.id]]);
  await viewerContext.close();
  await participantContext.close();
});
