import { expect, test } from "@playwright/test";
import type { RosterView } from "../lib/drills/roster/view";
import { shoot } from "./support/screenshots";

const roster = [
  { name: "Hana Facilitator", role: "facilitator", email: "hana@example.test" },
  { name: "Ian Commander", role: "incident_commander", email: "ian@example.test" },
  { name: "Mina Newest", role: "active_responder", team: "Match team" },
  { name: "Jun Newest", role: "active_responder", team: "API team" },
  { name: "Seo Senior", role: "escalation_responder", team: "Match team", email: "seo@example.test" },
  { name: "Kim Lead", role: "escalation_responder", team: "Match team" },
  { name: "Park Senior", role: "escalation_responder", team: "API team" },
  { name: "Oz Designer", role: "observer" },
];

test("a facilitator declares with a roster, escalates to a team, records evidenced milestones, corrects one, and notes a mistake", async ({ page, browser, request }) => {
  const created = await request.post("/api/drills", { data: { scenarioId: "reference-scenario-3", roster } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/drills/${id}`);
  const rosterPanel = page.locator("section", { has: page.getByRole("heading", { name: "Roster", exact: true }) });
  await expect(rosterPanel.getByText("Seo Senior")).toBeVisible();
  await expect(rosterPanel.getByText("on standby").first()).toBeVisible();

  // While planned, the roster is edited in place; problems show on the row that has them.
  await rosterPanel.getByRole("button", { name: "Edit roster" }).click();
  await page.getByRole("button", { name: "Add person" }).click();
  await page.getByLabel("Person 9 name").fill("Lee Late");
  await page.getByLabel("Person 9 role").selectOption("escalation_responder");
  await page.getByRole("button", { name: "Save roster" }).click();
  await expect(page.getByText("team is required for an escalation responder")).toBeVisible();
  await shoot(page, "roster-editor");
  await page.getByLabel("Person 9 role").selectOption("observer");
  await page.getByRole("button", { name: "Save roster" }).click();
  await expect(rosterPanel.getByText("Lee Late")).toBeVisible();
  await expect(rosterPanel.getByText("on standby").first()).toBeVisible();
  await shoot(page, "roster-planned");

  // Mina opens her personal link before the incident is declared: she is in the channel as herself.
  const people = ((await (await request.get(`/api/drills/${id}/roster`)).json()) as RosterView).people;
  const personalLink = new URL(people.find((person) => person.name === "Mina Newest")!.personalLink!);
  const participantContext = await browser.newContext();
  const participant = await participantContext.newPage();
  await participant.goto(personalLink.pathname + personalLink.hash);
  await expect(participant.getByText("Posting as Mina Newest")).toBeVisible();

  await page.getByRole("button", { name: "Start drill" }).click();
  await expect(page.getByTestId("drill-status")).toHaveText("running");
  const invitation = participant.getByTestId("channel-roster");
  await expect(invitation).toContainText("Paged into the channel: Hana Facilitator (facilitator), Ian Commander (incident commander), Mina Newest (responder, Match team), Jun Newest (responder, API team)");
  await expect(invitation).not.toContainText("Seo Senior");
  // Paged in is not the same as there: only Mina opened her link.
  await expect(rosterPanel.getByText("in channel", { exact: true })).toHaveCount(1);
  await expect(rosterPanel.getByText("invited", { exact: true })).toHaveCount(3);

  await page.getByRole("button", { name: "Escalate to Match team" }).click();
  await expect(rosterPanel.getByText(/escalated T\+/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Escalate to Match team" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Escalate to API team" })).toBeEnabled();
  const milestones = page.locator("[data-milestone]");
  await expect(milestones.filter({ hasText: "✓ Escalated" })).toBeVisible();
  const escalation = participant.getByTestId("channel-escalation");
  await expect(escalation).toContainText("Escalated to Match team");
  await expect(escalation).toContainText("Seo Senior, Kim Lead");

  await participant.getByLabel("Message").fill("Rolled the matching threshold back to 0.42, match rate recovering");
  await participant.getByRole("button", { name: "Send" }).click();
  const timeline = page.getByRole("list", { name: "Timeline" });
  const message = timeline.locator("li", { hasText: "Rolled the matching threshold back" });
  await expect(message).toBeVisible();
  const messageSeq = await message.getAttribute("data-seq");

  // Record "mitigated" with the participant's message as evidence, picked from the timeline.
  await page.getByRole("button", { name: "Record Mitigated with details" }).click();
  await page.getByRole("button", { name: "Link evidence for Mitigated from the timeline" }).click();
  await shoot(page, "roster-picking-evidence");
  await message.getByRole("button", { name: `Pick event #${messageSeq} as evidence for Mitigated` }).click();
  await expect(page.getByLabel("Evidence (optional)")).toHaveValue(messageSeq!);
  await page.getByLabel("Note (optional)").fill("Threshold rolled back");
  await page.getByRole("button", { name: "Record Mitigated", exact: true }).click();
  const mitigated = milestones.filter({ hasText: "✓ Mitigated" });
  await expect(mitigated).toBeVisible();
  await expect(mitigated.getByRole("link", { name: `#${messageSeq}` })).toBeVisible();
  await expect(timeline.locator("li", { hasText: "Threshold rolled back" }).getByText(`evidence #${messageSeq}`)).toBeVisible();
  await mitigated.getByRole("link", { name: `#${messageSeq}` }).click();
  await expect(message).toHaveAttribute("data-highlight", "true");

  // Correct its time with a reason; the audit trail stays visible.
  await page.getByRole("button", { name: "Correct time: Mitigated" }).click();
  await page.getByLabel("New time (mm:ss on the drill clock)").fill("00:00");
  await page.getByLabel("Reason for the correction").fill("Mina said it on the bridge call before typing it");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(mitigated.getByRole("list", { name: "Corrections" })).toContainText("→ T+00:00");
  await expect(mitigated.getByRole("list", { name: "Corrections" })).toContainText("Mina said it on the bridge call before typing it");
  await expect(mitigated.getByText("T+00:00*")).toBeVisible();

  // A tagged note, pinned to the escalation.
  const escalationSeq = await timeline.locator('li[data-kind="team.escalated"]').getAttribute("data-seq");
  await page.getByLabel(/Observer note/).fill("Escalated to the Match team before the first alert: early and loud");
  await page.getByRole("button", { name: "Good call" }).click();
  await page.getByRole("button", { name: "Escalation", exact: true }).click();
  await page.getByLabel("Pin to").selectOption(escalationSeq!);
  await page.getByRole("button", { name: "Add note" }).click();
  const note = timeline.locator('li[data-kind="note.added"]');
  await expect(note).toContainText("Escalated to the Match team before the first alert");
  await expect(note.getByText("Good call")).toBeVisible();
  await expect(note.getByText(`about #${escalationSeq}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Good call" })).toHaveAttribute("aria-pressed", "false");

  // Participants see the paging, never the milestones, corrections or notes.
  const participantText = await participant.locator("body").innerText();
  for (const hidden of ["early and loud", "bridge call", "Threshold rolled back", "hana@example.test", "Oz Designer"]) expect(participantText).not.toContain(hidden);
  await shoot(participant, "roster-channel");
  await page.locator("[data-milestone]").first().scrollIntoViewIfNeeded();
  await shoot(page, "roster-control-room");
  await participantContext.close();
});
