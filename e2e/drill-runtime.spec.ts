import { expect, test, type BrowserContext } from "@playwright/test";
import { startHttpTarget } from "./support/http-target";
import { shoot } from "./support/screenshots";

const SECOND = 1 / 60;

test("a drill runs its script by itself: injection, auto-fired alert, a conditional hint skipped, escalation, and an abort that rolls back", async ({ page, browser, request }) => {
  const target = await startHttpTarget();
  let participantContext: BrowserContext | undefined;
  try {
    const definition = {
      title: `Runtime journey ${Date.now()}`,
      summary: "Orders time out after a proxy change.",
      components: ["orders-api", "orders-db"],
      timeBoxMinutes: 30,
      rootCause: "A latency toxic on the orders-db proxy.",
      injections: [
        {
          id: "inj-latency",
          name: "Add latency to orders-db",
          action: { kind: "webhook", method: "POST", url: `${target.url}/proxies/orders-db/toxics`, body: '{"name":"latency","drill":"{{drill.id}}"}' },
          rollback: { kind: "webhook", method: "DELETE", url: `${target.url}/proxies/orders-db/toxics/latency` },
        },
      ],
      alerts: [{ id: "alert-p99", offsetMinutes: 3 * SECOND, relativeTo: "inj-latency", source: "grafana", severity: "warning", title: "[Warning] orders-api p99 > 1s", body: "p99 2.4s" }],
      hints: [
        { id: "hint-ack", text: "Someone should acknowledge the page.", offsetMinutes: 10 * SECOND, release: "at_offset_unless_milestone", unlessMilestone: "acknowledged" },
      ],
      modelAnswer: ["Remove the toxic."],
    };
    const { id: scenarioId } = await (await request.post("/api/scenarios", { data: { definition } })).json();
    const roster = [
      { name: "Rae Responder", role: "active_responder", team: "Orders team" },
      { name: "Dana DBA", role: "escalation_responder", team: "Database team" },
    ];
    const created = await request.post("/api/drills", { data: { scenarioId, roster } });
    expect(created.status()).toBe(201);
    const { id: drillId } = await created.json();

    await page.goto(`/drills/${drillId}`);
    await page.getByRole("button", { name: "Start drill" }).click();
    await expect(page.getByTestId("drill-status")).toHaveText("running");
    const timeline = page.getByRole("list", { name: "Timeline" });
    const comingUp = page.getByRole("list", { name: "Coming up" });
    await expect(comingUp.getByText("Hint 1: Someone should acknowledge the page.")).toBeVisible();
    await expect(comingUp.getByText("waiting on step 1, not run yet")).toBeVisible();

    // The milestone first: the hint due 10 s after the start is skipped only if it is recorded by then.
    await page.getByRole("button", { name: "Record milestone: Acknowledged" }).click();
    const channelUrl = await page.getByRole("link", { name: /Participant channel/ }).getAttribute("href");
    participantContext = await browser.newContext();
    const participant = await participantContext.newPage();
    await participant.goto(channelUrl!);

    await page.getByRole("listitem", { name: "Injection 1: Add latency to orders-db" }).getByRole("button", { name: "Run injection" }).click();
    await expect(timeline.getByText("Add latency to orders-db")).toBeVisible();

    // Nobody clicks Fire: the alert comes 3 s after the injection; the hint, due 10 s after the start (room for a
    // slow machine to record the milestone), is skipped.
    await expect(timeline.getByText("[Warning] orders-api p99 > 1s")).toBeVisible({ timeout: 15_000 });
    await expect(participant.getByTestId("channel-alert").getByText("[Warning] orders-api p99 > 1s")).toBeVisible();
    await expect(timeline.getByText("Skipped hint: Hint 1: Someone should acknowledge the page.")).toBeVisible({ timeout: 15_000 });
    await expect(participant.getByText("Someone should acknowledge the page.")).toHaveCount(0);

    await page.getByRole("button", { name: "Escalate to Database team" }).click();
    await expect(timeline.locator("[data-kind=\"team.escalated\"]").getByText("Escalated to Database team")).toBeVisible();
    await expect(page.getByRole("button", { name: "Record milestone: Escalated" })).toHaveCount(0);
    await shoot(page, "runtime-before-abort");

    await page.getByRole("button", { name: "Abort drill…" }).click();
    await page.getByRole("dialog", { name: "Abort this drill?" }).getByRole("button", { name: "Abort and roll back" }).click();
    await expect(page.getByTestId("drill-status")).toHaveText("aborted");
    await expect(timeline.getByText("Rolled back: Add latency to orders-db")).toBeVisible();
    await expect(participant.getByText(/aborted/i).first()).toBeVisible();
    expect(target.received.map((received) => `${received.method} ${received.url}`)).toEqual(["POST /proxies/orders-db/toxics", "DELETE /proxies/orders-db/toxics/latency"]);
    await shoot(page, "runtime-aborted");
  } finally {
    await participantContext?.close();
    await target.close();
  }
});
