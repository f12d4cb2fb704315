import { expect, test } from "@playwright/test";
import { referenceScenarios } from "../lib/scenarios/seed-data/index";
import { shoot } from "./support/screenshots";

const reference = referenceScenarios[1]!;

test("a facilitator runs a seeded scenario end to end while a participant responds in the channel", async ({ page, browser }) => {
  await page.goto("/scenarios");
  const row = page.getByRole("row", { name: new RegExp(reference.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await row.getByRole("button", { name: "Run drill" }).click();
  await page.getByRole("dialog", { name: "Run a drill" }).getByRole("button", { name: "Create drill" }).click();
  await expect(page).toHaveURL(/\/drills\/[^/]+$/);
  await expect(page.getByTestId("drill-status")).toHaveText("planned");

  await page.getByRole("button", { name: "Start drill" }).click();
  await expect(page.getByTestId("drill-status")).toHaveText("running");
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText(/Drill started/)).toBeVisible();

  // The participant joins through the per-drill link in a separate browser context.
  const channelUrl = await page.getByRole("link", { name: /Participant channel/ }).getAttribute("href");
  const participantContext = await browser.newContext();
  const participant = await participantContext.newPage();
  await participant.goto(channelUrl!);
  await participant.getByLabel("Your name in this channel").fill("Mina (match team)");
  await participant.getByRole("button", { name: "Join channel" }).click();
  await expect(participant.getByText("Posting as Mina (match team)")).toBeVisible();

  const injection = reference.injections[0]!;
  await page.getByLabel("Note for injection 1").fill("memtier ramp started on stage primary");
  await page.getByRole("button", { name: "Mark done" }).first().click();
  await expect(timeline.getByText(injection.name)).toBeVisible();

  const alert = [...reference.alerts!].sort((a, b) => a.offsetMinutes - b.offsetMinutes)[0]!;
  await page.getByRole("button", { name: `Fire alert: ${alert.title}` }).click();
  await expect(timeline.getByText(alert.title)).toBeVisible();
  await expect(participant.getByTestId("channel-alert").getByText(alert.title)).toBeVisible();

  await page.getByRole("button", { name: "Release next hint" }).click();
  const hint = reference.hints![0]!;
  await expect(participant.getByTestId("channel-hint").getByText(hint.text)).toBeVisible();

  await participant.getByLabel("Message").fill("Match wait time is up, checking the scoring service");
  await participant.getByRole("button", { name: "Send" }).click();
  await expect(timeline.getByText("Match wait time is up, checking the scoring service")).toBeVisible();

  await page.getByRole("button", { name: "Record milestone: Acknowledged" }).click();
  await expect(timeline.getByText("Acknowledged")).toBeVisible();

  // Nothing hidden ever reaches the participant's page.
  const participantText = await participant.locator("body").innerText();
  expect(participantText).not.toContain(reference.rootCause.slice(0, 40));
  expect(participantText).not.toContain(injection.name);
  await shoot(participant, "channel-running");
  await shoot(page, "control-room-running");

  await page.getByRole("button", { name: "End drill…" }).click();
  await page.getByText("mitigated", { exact: true }).click();
  await page.getByLabel("Closing note").fill("Scoring cache overload mitigated by shedding load");
  await page.getByRole("button", { name: "Confirm: end as mitigated" }).click();
  await expect(page.getByTestId("drill-status")).toHaveText("mitigated");
  await expect(timeline.getByText("Drill ended: mitigated")).toBeVisible();
  await expect(participant.getByText(/The drill is over \(mitigated\)/)).toBeVisible();
  await expect(participant.getByLabel("Message")).toBeDisabled();
  await shoot(page, "control-room-ended");

  await page.goto("/");
  await expect(page.getByRole("link", { name: reference.title }).first()).toBeVisible();
  await shoot(page, "dashboard");
  await participantContext.close();
});
