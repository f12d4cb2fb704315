import { describe, expect, it } from "vitest";
import type { Ctx } from "../../lib/context";
import { prisma } from "../../lib/db/client";
import { addNote } from "../../lib/drills/add-note";
import { createDrill } from "../../lib/drills/create";
import { endDrill } from "../../lib/drills/end";
import { fireAlert } from "../../lib/drills/fire-alert";
import { getDrill } from "../../lib/drills/get";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { releaseHint } from "../../lib/drills/release-hint";
import { startDrill } from "../../lib/drills/start";
import { getTimeline } from "../../lib/drills/timeline";
import { triggerInjection } from "../../lib/drills/injections/trigger-injection";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "../../lib/errors";
import { createPlannedDrill, createRunningDrill, createTestScenario, observer, rejectionOf, staffCtx } from "../factories";

const ctx = staffCtx();
const MIN = 60_000;

/** A context whose clock the test moves by hand, so offsets are exact. */
function manualClock(start = new Date("2026-11-24T10:00:00.000Z")) {
  let now = start.getTime();
  const clockCtx: Ctx = { ...ctx, now: () => new Date(now) };
  return { ctx: clockCtx, advance: (ms: number) => (now += ms) };
}

const timeline = (drillId: string) => getTimeline({ ctx, input: { drillId, viewer: "staff" } });

/** Every action that needs a running drill, each a fresh attempt. */
const liveActions = (drillId: string) => ({
  fireAlert: () => fireAlert({ ctx, input: { drillId, data: { alertId: "alert-1" } } }),
  releaseHint: () => releaseHint({ ctx, input: { drillId, data: {} } }),
  triggerInjection: () => triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } } }),
  recordMilestone: () => recordMilestone({ ctx, input: { drillId, data: { milestone: "acknowledged" } } }),
  end: () => endDrill({ ctx, input: { drillId, data: { outcome: "failed" } } }),
});

function expectGaplessOrdered(events: { id: number; offsetMs: number | null; kind: string }[]) {
  expect(events.map((event) => event.id)).toEqual(events.map((_, index) => index + 1));
  const startIndex = events.findIndex((event) => event.kind === "drill.started");
  expect(events.slice(0, Math.max(startIndex, 0)).every((event) => event.offsetMs === null)).toBe(true);
  const offsets = events.slice(startIndex).map((event) => event.offsetMs);
  expect(offsets.every((offset) => typeof offset === "number")).toBe(true);
  expect(offsets).toEqual([...offsets].sort((a, b) => a! - b!));
}

describe("drill lifecycle", () => {
  it("runs a whole drill, every action on the timeline at its offset", async () => {
    const clock = manualClock();
    const { scenario, definition } = await createTestScenario({}, clock.ctx);
    const { id: drillId } = await createDrill({ ctx: clock.ctx, input: { scenarioId: scenario.id, title: "Tuesday drill" } });
    expect((await getDrill({ ctx, input: { id: drillId } })).status).toBe("planned");

    clock.advance(5 * MIN); // waiting for people to join does not count
    const started = await startDrill({ ctx: clock.ctx, input: { drillId } });
    expect(started).toMatchObject({ kind: "drill.started", offsetMs: 0, body: { briefing: definition.briefing, timeBoxMinutes: 30 } });

    clock.advance(2 * MIN);
    const alert = await fireAlert({ ctx: clock.ctx, input: { drillId, data: { alertId: "alert-2" } } });
    expect(alert).toMatchObject({ kind: "alert.fired", ref: "alert:alert-2", offsetMs: 2 * MIN, audience: "everyone" });
    expect(alert.body).toMatchObject({ title: definition.alerts![1]!.title, severity: "critical", source: "pagerduty" });

    clock.advance(MIN);
    const first = await releaseHint({ ctx: clock.ctx, input: { drillId, data: {} } });
    const second = await releaseHint({ ctx: clock.ctx, input: { drillId, data: {} } });
    expect([first.body, second.body]).toMatchObject([{ hintId: "hint-1", number: 1 }, { hintId: "hint-2", number: 2 }]);
    const noMore = await rejectionOf(releaseHint({ ctx: clock.ctx, input: { drillId, data: {} } }));
    expect(noMore).toBeInstanceOf(ConflictError);
    expect(noMore.message).toBe("Every hint has been released already.");

    const injection = await triggerInjection({ ctx: clock.ctx, input: { drillId, data: { stepId: "inj-2", note: " by hand " } } });
    expect(injection).toMatchObject({ kind: "injection.executed", audience: "staff", body: { stepId: "inj-2", name: "Black-hole orders-db", note: "by hand" } });
    const milestone = await recordMilestone({ ctx: clock.ctx, input: { drillId, data: { milestone: "mitigated" } } });
    expect(milestone).toMatchObject({ kind: "milestone.recorded", ref: "milestone:mitigated", offsetMs: 3 * MIN });
    const note = await addNote({ ctx: { ...clock.ctx, actor: observer }, input: { drillId, data: { text: "Good escalation" } } });
    expect(note).toMatchObject({ kind: "note.added", audience: "staff", actor: { type: "observer", name: observer.name } });

    clock.advance(4 * MIN);
    const ended = await endDrill({ ctx: clock.ctx, input: { drillId, data: { outcome: "mitigated" } } });
    expect(ended).toMatchObject({ kind: "drill.ended", offsetMs: 7 * MIN, body: { outcome: "mitigated", note: "" } });

    const drill = await getDrill({ ctx: clock.ctx, input: { id: drillId } });
    expect(drill).toMatchObject({ status: "mitigated", title: "Tuesday drill", lastSeq: 9 });
    expect(drill.clock.endedAt).not.toBeNull();
    expect(Object.keys(drill.progress.alerts)).toEqual(["alert-2"]);
    expect(Object.keys(drill.progress.hints)).toEqual(["hint-1", "hint-2"]);
    expect(drill.progress.milestones.mitigated?.offsetMs).toBe(3 * MIN);

    const events = await timeline(drillId);
    expect(events.map((event) => event.kind)).toEqual([
      "drill.created", "drill.started", "alert.fired", "hint.released", "hint.released",
      "injection.executed", "milestone.recorded", "note.added", "drill.ended",
    ]);
    expectGaplessOrdered(events);
  });

  it("releases a named hint out of order, then the next unreleased one", async () => {
    const { drillId } = await createRunningDrill();
    expect((await releaseHint({ ctx, input: { drillId, data: { hintId: "hint-2" } } })).body).toMatchObject({ hintId: "hint-2", number: 2 });
    expect((await releaseHint({ ctx, input: { drillId, data: {} } })).body).toMatchObject({ hintId: "hint-1", number: 1 });
    expect(await rejectionOf(releaseHint({ ctx, input: { drillId, data: { hintId: "hint-2" } } }))).toBeInstanceOf(ConflictError);
  });

  it("rejects every live action before the start and appends nothing", async () => {
    const { drillId } = await createPlannedDrill();
    for (const [name, attempt] of Object.entries(liveActions(drillId))) {
      const error = await rejectionOf(attempt());
      expect(error, name).toBeInstanceOf(InvalidStateError);
      expect(error.message, name).toContain("has not started yet");
    }
    expect((await timeline(drillId)).map((event) => event.kind)).toEqual(["drill.created"]);
    expect((await getDrill({ ctx, input: { id: drillId } })).lastSeq).toBe(1);
  });

  it("rejects every live action after the end, and a second start, appending nothing", async () => {
    const { drillId } = await createRunningDrill();
    await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated" } } });
    const before = await timeline(drillId);
    const attempts = { ...liveActions(drillId), start: () => startDrill({ ctx, input: { drillId } }) };
    for (const [name, attempt] of Object.entries(attempts)) {
      const error = await rejectionOf(attempt());
      expect(error, name).toBeInstanceOf(InvalidStateError);
      expect(error.message, name).toContain("has ended (mitigated)");
    }
    expect(await timeline(drillId)).toEqual(before);
    expect((await getDrill({ ctx, input: { id: drillId } })).status).toBe("mitigated");
  });

  it("keeps notes open before the start and after the end (observers write them)", async () => {
    const { drillId } = await createPlannedDrill();
    await addNote({ ctx, input: { drillId, data: { text: "before" } } });
    await startDrill({ ctx, input: { drillId } });
    await endDrill({ ctx, input: { drillId, data: { outcome: "failed" } } });
    await addNote({ ctx, input: { drillId, data: { text: "after" } } });
    const notes = (await timeline(drillId)).filter((event) => event.kind === "note.added");
    expect(notes.map((event) => event.body)).toMatchObject([{ text: "before", tags: [] }, { text: "after", tags: [] }]);
  });

  it("refuses a duplicate alert, injection or milestone, naming when it happened", async () => {
    const { drillId } = await createRunningDrill();
    const actions = liveActions(drillId);
    await actions.fireAlert();
    await actions.triggerInjection();
    await actions.recordMilestone();
    const seqBefore = (await getDrill({ ctx, input: { id: drillId } })).lastSeq;
    for (const attempt of [actions.fireAlert, actions.triggerInjection, actions.recordMilestone]) {
      const error = await rejectionOf(attempt());
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toMatch(/already happened at T\+\d\d:\d\d\.$/);
    }
    expect((await getDrill({ ctx, input: { id: drillId } })).lastSeq).toBe(seqBefore);
  });

  it("reports unknown drills, unknown script items and bad input", async () => {
    const { drillId } = await createRunningDrill();
    expect(await rejectionOf(startDrill({ ctx, input: { drillId: "no-such-drill" } }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(fireAlert({ ctx, input: { drillId, data: { alertId: "nope" } } }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(triggerInjection({ ctx, input: { drillId, data: { stepId: "nope" } } }))).toBeInstanceOf(NotFoundError);
    const invalid = (await rejectionOf(recordMilestone({ ctx, input: { drillId, data: { milestone: "celebrated" } as never } }))) as ValidationError;
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(invalid.problems.map((problem) => problem.path)).toEqual(["milestone"]);
    expect(await rejectionOf(addNote({ ctx, input: { drillId, data: { text: "  " } } }))).toBeInstanceOf(ValidationError);
    expect((await timeline(drillId)).map((event) => event.kind)).toEqual(["drill.created", "drill.started"]);
  });

  it("gives concurrent actions on one drill unique, gapless sequence numbers", async () => {
    const { drillId } = await createRunningDrill();
    const notes = await Promise.all(Array.from({ length: 20 }, (_, index) => addNote({ ctx, input: { drillId, data: { text: `note ${index}` } } })));
    expect(new Set(notes.map((note) => note.id)).size).toBe(20);
    const events = await timeline(drillId);
    expect(events).toHaveLength(22);
    expectGaplessOrdered(events);
    const rows = await prisma().timelineEvent.findMany({ where: { drillId }, orderBy: { seq: "asc" }, select: { seq: true, at: true } });
    const times = rows.map((row) => row.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b)); // sequence order is commit order
  });
});
