import { createHmac, timingSafeEqual } from "node:crypto";
import { expect, test } from "@playwright/test";
import { startHttpTarget, type ReceivedRequest } from "./support/http-target";
import { shoot } from "./support/screenshots";

/** What a receiver does with drillroom's signature (docs/injection-recipes.md), written out independently here. */
function signedBy(secret: string, request: ReceivedRequest): boolean {
  const timestamp = Number(request.headers["x-drillroom-timestamp"]);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const expected = createHmac("sha256", secret).update(`${timestamp}.${request.body}`).digest();
  const given = Buffer.from(String(request.headers["x-drillroom-signature"] ?? "").replace(/^sha256=/, ""), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const webhookStep = (url: string, id: string, name: string) => ({
  id,
  name,
  action: { kind: "webhook", method: "POST", url: `${url}/proxies/orders-db/toxics/{{step.id}}`, body: '{"drill":"{{drill.id}}","step":"{{step.id}}","phase":"{{step.phase}}"}' },
  rollback: { kind: "webhook", method: "DELETE", url: `${url}/proxies/orders-db/toxics/{{step.id}}`, body: '{"drill":"{{drill.id}}","phase":"{{step.phase}}"}' },
});

test("a facilitator runs webhook injections, then aborts: the rollbacks run in reverse, signed, and the drill ends aborted", async ({ page, request }) => {
  const target = await startHttpTarget();
  try {
    const created = await request.post("/api/scenarios", {
      data: {
        definition: {
          title: `Webhook injections ${Date.now()}`,
          summary: "Checkout latency climbs until orders fail.",
          components: ["checkout-api", "orders-db"],
          environment: { name: "stage", protected: false },
          timeBoxMinutes: 30,
          rootCause: "Latency on the orders-db path.",
          injections: [webhookStep(target.url, "inj-latency", "Add 900 ms to orders-db"), webhookStep(target.url, "inj-timeout", "Black-hole orders-db replicas")],
          modelAnswer: ["Remove the toxics."],
        },
      },
    });
    expect(created.status()).toBe(201);
    const scenario = (await created.json()) as { id: string };
    const { secret } = (await (await request.post(`/api/scenarios/${scenario.id}/webhook-secret/reveal`)).json()) as { secret: string };
    const drill = (await (await request.post("/api/drills", { data: { scenarioId: scenario.id } })).json()) as { id: string };
    expect((await request.post(`/api/drills/${drill.id}/start`)).status()).toBe(200);

    await page.goto(`/drills/${drill.id}`);
    await expect(page.getByTestId("drill-status")).toHaveText("running");
    const timeline = page.getByRole("list", { name: "Timeline" });
    const first = page.getByRole("listitem", { name: "Injection 1: Add 900 ms to orders-db" });
    const second = page.getByRole("listitem", { name: "Injection 2: Black-hole orders-db replicas" });
    await expect(first.getByText(`POST ${target.url}/proxies/orders-db/toxics/inj-latency`)).toBeVisible();

    await first.getByRole("button", { name: "Run injection" }).click();
    await expect(first.getByTestId("run-injection")).toContainText("ok");
    await expect(first.getByTestId("run-injection")).toContainText("HTTP 200");
    await expect(first.getByTestId("run-injection")).toContainText("1 attempt");
    await second.getByRole("button", { name: "Run injection" }).click();
    await expect(second.getByTestId("run-injection")).toContainText("HTTP 200");
    await expect(timeline.getByText("Black-hole orders-db replicas")).toBeVisible();
    await shoot(page, "injections-ran");

    await page.getByRole("button", { name: "Abort drill…" }).click();
    const dialog = page.getByRole("dialog", { name: "Abort this drill?" });
    const plan = dialog.getByRole("list", { name: "Rollbacks abort will run" }).getByRole("listitem");
    await expect(plan).toHaveCount(2);
    await expect(plan.nth(0)).toContainText("Black-hole orders-db replicas"); // latest injection first
    await expect(plan.nth(0)).toContainText(`DELETE ${target.url}/proxies/orders-db/toxics/inj-timeout`);
    await expect(plan.nth(1)).toContainText("Add 900 ms to orders-db");
    await dialog.getByLabel(/Reason/).fill("Wrong proxy targeted, stopping");
    await shoot(page, "abort-dialog");
    await dialog.getByRole("button", { name: "Abort and roll back" }).click();

    await expect(page.getByTestId("drill-status")).toHaveText("aborted");
    await expect(dialog).toBeHidden();
    await expect(timeline.getByText("Rolled back: Black-hole orders-db replicas")).toBeVisible();
    await expect(timeline.getByText("Rolled back: Add 900 ms to orders-db")).toBeVisible();
    await expect(timeline.getByText("Drill ended: aborted")).toBeVisible();
    for (const step of [first, second]) {
      await expect(step.getByTestId("run-rollback")).toContainText("ok");
      await expect(step.getByTestId("run-rollback")).toContainText("abort");
    }
    await expect(page.getByRole("button", { name: "Abort drill…" })).toBeHidden();
    await shoot(page, "control-room-aborted");

    // The target got each injection and each rollback once, in that order, every one signed with the scenario's secret.
    expect(target.received.map((received) => `${received.method} ${received.url}`)).toEqual([
      "POST /proxies/orders-db/toxics/inj-latency",
      "POST /proxies/orders-db/toxics/inj-timeout",
      "DELETE /proxies/orders-db/toxics/inj-timeout",
      "DELETE /proxies/orders-db/toxics/inj-latency",
    ]);
    expect(target.received.every((received) => signedBy(secret, received))).toBe(true);
    expect(target.received.map((received) => JSON.parse(received.body).phase)).toEqual(["injection", "injection", "rollback", "rollback"]);
    expect(target.received.every((received) => JSON.parse(received.body).drill === drill.id)).toBe(true);
  } finally {
    await target.close();
  }
});

test("an alert waiting on a failed injection shows as blocked and can be fired or skipped; ending warns about an injection still active and rolls it back first", async ({ page, request }) => {
  const refusing = await startHttpTarget(403);
  const target = await startHttpTarget();
  try {
    const refused = webhookStep(refusing.url, "inj-refused", "Kill the orders-db primary");
    const alert = (id: string, relativeTo: string, title: string) => ({ id, offsetMinutes: 1, relativeTo, source: "grafana", severity: "warning", title, body: "" });
    const created = await request.post("/api/scenarios", {
      data: {
        definition: {
          title: `Blocked alerts ${Date.now()}`,
          summary: "Orders fail.",
          components: ["orders-db"],
          environment: { name: "stage", protected: false },
          timeBoxMinutes: 30,
          rootCause: "The primary is gone.",
          // A POST rollback is not safe to run on something that never changed.
          injections: [{ ...refused, rollback: { ...refused.rollback, method: "POST" } }, webhookStep(target.url, "inj-latency", "Add 900 ms to orders-db")],
          alerts: [alert("a-fire", "inj-refused", "Primary unreachable"), alert("a-skip", "inj-refused", "Replica lag"), alert("a-later", "inj-latency", "p99 above 1s")],
          modelAnswer: ["Fail over."],
        },
      },
    });
    expect(created.status()).toBe(201);
    const scenario = (await created.json()) as { id: string };
    const drill = (await (await request.post("/api/drills", { data: { scenarioId: scenario.id } })).json()) as { id: string };
    expect((await request.post(`/api/drills/${drill.id}/start`)).status()).toBe(200);

    await page.goto(`/drills/${drill.id}`);
    const comingUp = page.getByRole("list", { name: "Coming up" });
    const fireItem = comingUp.getByTestId("script-item-a-fire");
    await expect(fireItem).toContainText("waiting on step 1, not run yet");
    await expect(fireItem).toContainText("blocked");

    const first = page.getByRole("listitem", { name: "Injection 1: Kill the orders-db primary" });
    await first.getByRole("button", { name: "Run injection" }).click();
    await expect(first.getByTestId("run-injection")).toContainText("HTTP 403");
    await expect(fireItem).toContainText("waiting on step 1, which failed");
    // Refused by the target: it changed nothing, and its rollback is not harmless, so none is offered.
    await expect(first.getByTestId("rollback-advice-inj-refused")).toHaveText("The action failed and changed nothing: there is nothing to roll back.");
    await expect(first.getByRole("button", { name: /Roll back/ })).toHaveCount(0);
    await shoot(page, "script-blocked");

    await fireItem.getByRole("button", { name: "Fire now: Primary unreachable" }).click();
    await comingUp.getByRole("button", { name: "Skip: Replica lag" }).click();
    const timeline = page.getByRole("list", { name: "Timeline" });
    await expect(timeline.getByText("Primary unreachable")).toBeVisible();
    await expect(comingUp.getByTestId("script-item-a-skip")).toHaveCount(0);
    await expect(fireItem).toHaveCount(0);

    const second = page.getByRole("listitem", { name: "Injection 2: Add 900 ms to orders-db" });
    await second.getByRole("button", { name: "Run injection" }).click();
    await expect(second.getByTestId("run-injection")).toContainText("HTTP 200");

    await page.getByRole("button", { name: "End drill…" }).click();
    const endDialog = page.getByRole("dialog", { name: "End the drill" });
    const warning = endDialog.getByRole("alert", { name: "Injections still active" });
    await expect(warning).toContainText("Still active: Add 900 ms to orders-db");
    await expect(warning).not.toContainText("Kill the orders-db primary");
    await expect(endDialog.getByTestId("note-audience")).toContainText("Only staff see this note");
    await shoot(page, "end-dialog-active-injection");
    await warning.getByRole("button", { name: "Roll it back first" }).click();
    await expect(warning).toBeHidden();
    await expect(second.getByTestId("run-rollback")).toContainText("ok");
    await endDialog.getByLabel("Closing note").fill("Failed over in 12 minutes");
    await endDialog.getByRole("button", { name: "Confirm: end as failed" }).click();

    await expect(page.getByTestId("drill-status")).toHaveText("failed");
    // The alert timed from the second injection never came, nor did the time box: cancelled, not done.
    await expect(page.getByText("2 done · 2 cancelled")).toBeVisible();
    expect(target.received.map((received) => `${received.method} ${received.url}`)).toEqual(["POST /proxies/orders-db/toxics/inj-latency", "DELETE /proxies/orders-db/toxics/inj-latency"]);
    expect(refusing.received.map((received) => received.method)).toEqual(["POST"]); // a 4xx is not retried, and nothing rolled it back
  } finally {
    await refusing.close();
    await target.close();
  }
});
