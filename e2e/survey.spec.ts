import { expect, test, type Page } from "@playwright/test";
import type { DrillView } from "../lib/drills/view";
import type { RosterView } from "../lib/drills/roster/view";
import { SCREENSHOTS_DIR, shoot } from "./support/screenshots";

const roster = [
  { name: "Hana Facilitator", role: "facilitator" },
  { name: "Ian Commander", role: "incident_commander" },
  { name: "Mina Newest", role: "active_responder", team: "Match team" },
];

/** Picks a score on a scale question, found by its prompt. */
async function score(page: Page, prompt: string, value: number) {
  await page.getByRole("radiogroup", { name: prompt }).getByRole("radio", { name: new RegExp(`^${value}\\b`) }).check({ force: true });
}

test("after the drill, participants answer the survey in the channel (named and anonymous), and the debrief shows the results from 3 answers", async ({ page, browser, request }) => {
  const created = await request.post("/api/drills", { data: { scenarioId: "reference-scenario-3", roster, chatProvider: "builtin" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/drills/${id}/start`)).status()).toBe(200);
  const drill = (await (await request.get(`/api/drills/${id}`)).json()) as DrillView;

  // A walk-in joins during the drill; Mina only opens her personal link afterwards.
  const guestContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const guest = await guestContext.newPage();
  await guest.goto(`/channel/${drill.channelToken}`);
  await guest.getByLabel("Your name in this channel").fill("Walk-in Wes");
  await guest.getByRole("button", { name: "Join channel" }).click();
  await expect(guest.getByText("Posting as Walk-in Wes (guest)")).toBeVisible();
  expect((await request.post(`/api/drills/${id}/end`, { data: { outcome: "mitigated" } })).status()).toBe(200);

  const people = ((await (await request.get(`/api/drills/${id}/roster`)).json()) as RosterView).people;
  const link = new URL(people.find((person) => person.name === "Mina Newest")!.personalLink!);
  const minaContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const mina = await minaContext.newPage();
  await mina.goto(link.pathname + link.hash);
  const survey = mina.getByRole("region", { name: "Give feedback" });
  await expect(survey.getByRole("radiogroup", { name: /How hard was it\?/ })).toBeVisible();
  await expect(survey.getByText("No name is kept with your answer")).toBeVisible();
  await shoot(mina, "survey-channel-form");

  // Required scales are said next to themselves.
  await survey.getByRole("button", { name: "Send as Mina Newest" }).click();
  await expect(survey.getByRole("alert").filter({ hasText: "Pick 1 to 5" })).toHaveCount(3);
  await score(mina, "How hard was it? (required)", 4);
  await score(mina, "How useful was it? (required)", 5);
  await score(mina, "How enjoyable was it? (required)", 3);
  await survey.getByLabel("Why? How hard was it?").fill("The pool metrics were hidden");
  await survey.getByLabel("One thing to keep").fill("The pager drill");
  await survey.getByRole("button", { name: "Send as Mina Newest" }).click();
  await expect(survey.getByText("Thanks: your answer was recorded under your name.")).toBeVisible();
  await survey.getByRole("button", { name: "Edit my answer" }).click();
  await expect(survey.getByLabel("One thing to keep")).toHaveValue("The pager drill");
  await score(mina, "How enjoyable was it? (required)", 4);
  await survey.getByRole("button", { name: "Save my answer" }).click();
  await expect(survey.getByRole("button", { name: "Edit my answer" })).toBeVisible();

  // Wes answers anonymously: recorded, and final.
  const wesSurvey = guest.getByRole("region", { name: "Give feedback" });
  await score(guest, "How hard was it? (required)", 2);
  await score(guest, "How useful was it? (required)", 4);
  await score(guest, "How enjoyable was it? (required)", 5);
  await wesSurvey.getByLabel("Why? How hard was it?").fill("Too easy once the hint came");
  await wesSurvey.getByLabel("Answer anonymously").check();
  await wesSurvey.getByRole("button", { name: "Send anonymously" }).click();
  await expect(wesSurvey.getByText("your anonymous answer was recorded. It cannot be edited")).toBeVisible();
  await expect(wesSurvey.getByRole("button", { name: "Edit my answer" })).toHaveCount(0);
  await shoot(guest, "survey-channel-anonymous");

  // The facilitator sees two answers, the distributions hidden, Mina's comment under her name; their own answer makes three.
  await page.goto(`/drills/${id}`);
  // The innermost section holding the heading: the hot wash around it holds it too.
  const panel = page.locator("section").filter({ has: page.getByRole("heading", { name: "Survey", exact: true }) }).last();
  const results = panel.getByLabel("Survey results");
  await expect(results.getByRole("status")).toContainText("2 answers, 1 anonymous");
  await expect(results).toContainText("hidden until 3 answers");
  await expect(results.getByText("The pool metrics were hidden")).toBeVisible();
  await expect(results.getByText("Too easy once the hint came")).toHaveCount(0);
  await score(page, "How hard was it? (required)", 3);
  await score(page, "How useful was it? (required)", 3);
  await score(page, "How enjoyable was it? (required)", 3);
  await panel.getByRole("button", { name: /^Send as / }).click();
  await expect(results.getByRole("status")).toContainText("3 answers, 1 anonymous");
  await expect(results.getByRole("img", { name: /How hard was it\? 1: 0, 2: 1, 3: 1, 4: 1, 5: 0; average 3/ })).toBeVisible();
  await expect(results.getByText("Too easy once the hint came")).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await shoot(page, "survey-debrief-results");

  // The close ends the survey in the channel.
  expect((await request.post(`/api/drills/${id}/review`)).status()).toBe(200);
  expect((await request.post(`/api/drills/${id}/close`)).status()).toBe(200);
  await mina.reload();
  await expect(mina.getByRole("region", { name: "Give feedback" }).getByText("The survey is closed")).toBeVisible();
  await minaContext.close();
  await guestContext.close();
});

test("a facilitator adds survey questions to a scenario and to a game day, and a drill of both asks them after the standard ones", async ({ page, request }) => {
  const document = {
    schemaVersion: 2,
    title: `Survey questions ${Date.now()}`,
    publicTitle: "Logins fail",
    summary: "Logins fail for everyone.",
    components: ["api-server"],
    timeBoxMinutes: 45,
    rootCause: "The session cache is unreachable.",
    injections: [{ id: "inj-1", name: "Cut the cache", action: { kind: "manual", instructions: "cut it" }, rollback: { kind: "manual", instructions: "restore it" } }],
    modelAnswer: ["Bypass the cache."],
  };
  const imported = await request.post("/api/scenarios/import", { data: { content: JSON.stringify(document), format: "json" } });
  expect(imported.status()).toBe(201);
  const scenario = (await imported.json()) as { id: string };

  await page.goto(`/scenarios/${scenario.id}/edit`);
  const section = page.getByRole("region", { name: "Survey" });
  await expect(section.getByText("No questions of its own")).toBeVisible();
  await section.getByRole("button", { name: "Add survey question" }).click();
  await section.getByLabel("Survey question 1 question").fill("Were the dashboards enough?");
  await section.getByLabel("Survey question 1 answered with").selectOption("text");
  await section.screenshot({ path: `${SCREENSHOTS_DIR}/scenario-survey-section.png` });
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}$`));

  const exercise = (await (await request.post("/api/exercises", { data: { name: "Survey game day", date: "2026-12-05" } })).json()) as { id: string };
  await page.goto(`/exercises/${exercise.id}`);
  await page.getByRole("button", { name: "Edit questions" }).click();
  await page.getByRole("button", { name: "Add a question" }).click();
  await page.getByLabel("Question 1", { exact: true }).fill("Was the room ready in time?");
  await page.getByRole("button", { name: "Save questions" }).click();
  await expect(page.getByText("Was the room ready in time?")).toBeVisible();
  await expect(page.getByText("Survey questions (1)")).toBeVisible();
  await shoot(page, "survey-exercise-questions");

  const created = await request.post("/api/drills", { data: { scenarioId: scenario.id, chatProvider: "builtin" } });
  const { id } = (await created.json()) as { id: string };
  expect((await request.put(`/api/drills/${id}/exercise`, { data: { exerciseId: exercise.id } })).status()).toBe(200);
  expect((await request.post(`/api/drills/${id}/start`)).status()).toBe(200);
  expect((await request.post(`/api/drills/${id}/end`, { data: { outcome: "mitigated" } })).status()).toBe(200);
  const form = (await (await request.get(`/api/drills/${id}/survey`)).json()) as { questions: { id: string; prompt: string; kind: string }[] };
  expect(form.questions.slice(5)).toEqual([
    expect.objectContaining({ prompt: "Were the dashboards enough?", kind: "text", source: "scenario" }),
    expect.objectContaining({ prompt: "Was the room ready in time?", kind: "scale", source: "exercise" }),
  ]);
});
