import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getChannelTimeline } from "../../lib/channel/channel-timeline";
import { useSlackConfig } from "../../lib/chat/slack/config";
import { disconnectPrisma, prisma } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { abortDrill } from "../../lib/drills/abort-drill";
import { createDrill } from "../../lib/drills/create";
import { finishAbandonedAborts } from "../../lib/drills/finish-abandoned-aborts";
import { fireAlert } from "../../lib/drills/fire-alert";
import { getDrill } from "../../lib/drills/get";
import { startDrill } from "../../lib/drills/start";
import { getTimeline } from "../../lib/drills/timeline";
import { triggerInjection } from "../../lib/drills/injections/trigger-injection";
import { useDatabaseUrl } from "../../lib/env";
import { InvalidStateError } from "../../lib/errors";
import { revealWebhookSecret } from "../../lib/injections/reveal-webhook-secret";
import { systemActor } from "../../lib/context";
import { createTestScenario, rejectionOf, staffCtx } from "../factories";
import { CRASH_EXIT_CODE, runChildVerb } from "../support/child-process";
import { startSignedTarget, type SignedTarget } from "../support/signed-target";
import { manualStep, uniquePrefix, webhookStep } from "../support/webhook-drill";
import { createScratchDatabase, dropScratchDatabases } from "../scratch-database";

// A database of its own: the sweep finishes every abandoned abort it can see.
let databaseUrl: string;
let target: SignedTarget;
const ctx = staffCtx();
const options = { retry: { baseDelayMs: 1 } };

beforeAll(async () => {
  databaseUrl = await createScratchDatabase("abortcrash");
  await migrate(databaseUrl);
  await disconnectPrisma();
  useDatabaseUrl(databaseUrl);
  // Slack mode without a dispatcher: what the drill says stays in its outbox, where the test counts it.
  useSlackConfig({ botToken: "xoxb-test", signingSecret: "test", apiUrl: "http://127.0.0.1:9/api/", channelPattern: "drill-{date}-{slug}", archiveOnClose: true, paceMs: 0 });
  target = await startSignedTarget();
}, 60_000);

afterAll(async () => {
  await target.close();
  useSlackConfig(undefined);
  await disconnectPrisma();
  await dropScratchDatabases();
});

/** A running Slack drill whose webhook step ran: abort owes one rollback, the end event and the channel's end posts. */
async function injectedDrill() {
  const prefix = uniquePrefix();
  const { scenario } = await createTestScenario({ injections: [webhookStep(target, prefix, "inj-1"), manualStep("inj-2")], alerts: [{ id: "soon", offsetMinutes: 0.05, source: "grafana", severity: "warning", title: "soon", body: "" }], hints: [] });
  const { secret } = await revealWebhookSecret({ ctx, input: { scenarioId: scenario.id } });
  target.expectSecret(prefix, secret);
  const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, chatProvider: "slack" } });
  await startDrill({ ctx, input: { drillId } });
  await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-2" } }, options });
  await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options });
  return { drillId, prefix };
}

async function crashAfterFirstPhase(drillId: string, note: string) {
  const child = await runChildVerb(databaseUrl, "abort-then-crash", { drillId, note });
  expect(child.code, child.output).toBe(CRASH_EXIT_CODE);
  const drill = await getDrill({ ctx, input: { id: drillId } });
  expect(drill.status).toBe("aborting");
  expect(drill.clock.endedAt).toBeNull();
  const timeline = await getTimeline({ ctx, input: { drillId, viewer: "staff" } });
  expect(timeline.map((event) => event.kind)).not.toContain("drill.ended");
  // Nothing is live while aborting: no alert by hand, and the script's items are cancelled.
  expect(await rejectionOf(fireAlert({ ctx, input: { drillId, data: { alertId: "soon" } } }))).toBeInstanceOf(InvalidStateError);
  expect(await prisma().scriptItem.count({ where: { drillId, status: "pending" } })).toBe(0);
}

async function expectEndedOnce(drillId: string, prefix: string, note: string) {
  const drill = await getDrill({ ctx, input: { id: drillId } });
  expect(drill.status).toBe("aborted");
  expect(drill.clock.endedAt).not.toBeNull();
  const timeline = await getTimeline({ ctx, input: { drillId, viewer: "staff" } });
  const ended = timeline.filter((event) => event.kind === "drill.ended");
  expect(ended).toHaveLength(1);
  expect(ended[0]).toMatchObject({ body: { outcome: "aborted", note } });
  expect(timeline.at(-1)?.kind).toBe("drill.ended");
  expect(timeline.filter((event) => event.kind === "rollback.executed")).toHaveLength(1);
  expect(target.received(prefix).filter((request) => request.method === "DELETE")).toHaveLength(1);
  // One announcement: once in the built-in view of the channel, once in Slack (the stop message and the summary).
  const { channelToken } = (await prisma().drill.findUniqueOrThrow({ where: { id: drillId } })) as { channelToken: string };
  expect((await getChannelTimeline({ ctx, input: { token: channelToken } })).filter((event) => event.kind === "drill.ended")).toHaveLength(1);
  const posts = (await prisma().chatOutbox.findMany({ where: { drillId } })).map((row) => row.op as { kind: string; ref?: string; text?: string });
  expect(posts.filter((op) => op.kind === "post" && op.text?.includes("The drill was stopped"))).toHaveLength(1);
  expect(posts.filter((op) => op.kind === "post" && op.ref === "summary")).toHaveLength(1);
  // The channel stays open after the end: the review's reveal is said there, and the close archives it.
  expect(posts.filter((op) => op.kind === "archive")).toHaveLength(0);
}

describe("an abort cut short by a crash", () => {
  it("leaves the drill aborting, and aborting again finishes it exactly once", async () => {
    const { drillId, prefix } = await injectedDrill();
    await crashAfterFirstPhase(drillId, "stop: wrong cluster");

    const result = await abortDrill({ ctx, input: { drillId, data: { confirm: true } }, options });
    expect(result.rollbacks.map((event) => event.kind === "rollback.executed" && [event.body.stepId, event.body.result?.outcome])).toEqual([["inj-1", "ok"]]);
    expect(result.manualLeft).toEqual([{ stepId: "inj-2", name: "Manual inj-2" }]);
    // The note given when the abort began stands.
    await expectEndedOnce(drillId, prefix, "stop: wrong cluster");
    expect(await rejectionOf(abortDrill({ ctx, input: { drillId, data: { confirm: true } }, options }))).toBeInstanceOf(InvalidStateError);
  }, 30_000);

  it("is finished by the scheduler's sweep once it has been idle, and only once", async () => {
    const { drillId, prefix } = await injectedDrill();
    await crashAfterFirstPhase(drillId, "stop: real incident");
    const system = { actor: systemActor };
    expect(await finishAbandonedAborts({ ctx: system })).toBe(0); // just begun: it may still be running somewhere
    const finished = await Promise.all([finishAbandonedAborts({ ctx: system, input: { idleMs: 0 } }), finishAbandonedAborts({ ctx: system, input: { idleMs: 0 } })]);
    expect(finished.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1);
    await expectEndedOnce(drillId, prefix, "stop: real incident");
    expect(await finishAbandonedAborts({ ctx: system, input: { idleMs: 0 } })).toBe(0);
  }, 30_000);
});
