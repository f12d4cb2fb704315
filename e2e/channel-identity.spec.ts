import { expect, test } from "@playwright/test";
import type { DrillView } from "../lib/drills/view";
import type { RosterView } from "../lib/drills/roster/view";
import { shoot } from "./support/screenshots";

const roster = [
  { name: "Hana Facilitator", role: "facilitator" },
  { name: "Ian Commander", role: "incident_commander" },
  { name: "Mina Newest", role: "active_responder", team: "Match team" },
  { name: "Seo Senior", role: "escalation_responder", team: "Match team" },
];

test("a roster member opens their personal link, posts and acknowledges a page; the roster tells who is there; the channel knows the drill is over", async ({ page, browser, request }) => {
  const created = await request.post("/api/drills", { data: { scenarioId: "reference-scenario-3", roster } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/drills/${id}/start`)).status()).toBe(200);
  const drill = (await (await request.get(`/api/drills/${id}`)).json()) as DrillView;
  const pageAlert = drill.script.alerts.find((alert) => alert.source === "pagerduty")!;

  await page.goto(`/drills/${id}`);
  const rosterPanel = page.locator("section", { has: page.getByRole("heading", { name: "Roster", exact: true }) });
  const row = (name: string) => rosterPanel.getByTestId("roster-person").filter({ hasText: name });
  await expect(row("Mina Newest").getByRole("button", { name: "copy personal link" })).toBeVisible();
  await expect(row("Mina Newest")).toContainText("invited");

  // Mina opens her own link: she is herself in the channel, and the key leaves the address bar.
  const people = ((await (await request.get(`/api/drills/${id}/roster`)).json()) as RosterView).people;
  const link = new URL(people.find((person) => person.name === "Mina Newest")!.personalLink!);
  expect(link.hash).toMatch(/^#key=drp_/);
  const minaContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const mina = await minaContext.newPage();
  await mina.goto(link.pathname + link.hash);
  await expect(mina.getByText("Posting as Mina Newest")).toBeVisible();
  await expect.poll(() => new URL(mina.url()).hash).toBe("");
  await mina.getByLabel("Message").fill("Mina here, looking at match-server");
  await mina.getByRole("button", { name: "Send" }).click();
  await expect(mina.getByTestId("channel-chat").filter({ hasText: "Mina here, looking at match-server" })).toBeVisible();

  // A walk-in joins by name from the shared link, as a guest.
  const guestContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const guest = await guestContext.newPage();
  await guest.goto(`/channel/${drill.channelToken}`);
  await guest.getByLabel("Your name in this channel").fill("Walk-in Wes");
  await guest.getByRole("button", { name: "Join channel" }).click();
  await expect(guest.getByText("Posting as Walk-in Wes (guest)")).toBeVisible();

  // The roster tells the truth: Mina is there, the others were paged or not yet brought in; Wes is a guest.
  await expect(row("Mina Newest")).toContainText("in channel");
  await expect(row("Ian Commander")).toContainText("invited");
  await expect(row("Seo Senior")).toContainText("not joined");
  await expect(rosterPanel.getByRole("region", { name: "Guests" })).toContainText("Walk-in Wes");

  // The page comes in; Mina acknowledges it from the channel, and everyone sees who did.
  expect((await request.post(`/api/drills/${id}/alerts`, { data: { alertId: pageAlert.id } })).status()).toBe(201);
  const alertCard = mina.getByTestId("channel-alert").filter({ hasText: pageAlert.title });
  await alertCard.getByRole("button", { name: "Acknowledge" }).click();
  await expect(alertCard.getByTestId("alert-acknowledged")).toContainText("Acknowledged by Mina Newest");
  const seenByGuest = guest.getByTestId("channel-alert").filter({ hasText: pageAlert.title });
  await expect(seenByGuest.getByTestId("alert-acknowledged")).toContainText("Acknowledged by Mina Newest");
  await expect(seenByGuest.getByRole("button", { name: "Acknowledge" })).toHaveCount(0);
  await expect(page.locator("[data-milestone]").filter({ hasText: "✓ Acknowledged" })).toBeVisible();
  await shoot(mina, "channel-acknowledged");

  // The drill ends: the channel says so, closes the composer and promises nothing.
  expect((await request.post(`/api/drills/${id}/end`, { data: { outcome: "mitigated" } })).status()).toBe(200);
  await expect(mina.getByRole("status").filter({ hasText: "The drill is over." })).toBeVisible();
  await expect(mina.getByLabel("Message")).toBeDisabled();
  await expect(mina.getByLabel("Message")).toHaveAttribute("placeholder", "The drill is over: the channel is read-only");
  const ended = await mina.locator("body").innerText();
  expect(ended).not.toMatch(/retrospective|opens when the drill starts/i);
  await shoot(mina, "channel-ended");
  await minaContext.close();
  await guestContext.close();
});
