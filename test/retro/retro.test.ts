import { describe, expect, it, vi } from "vitest";
import type { Ctx } from "../../lib/context";
import { prisma } from "../../lib/db/client";
import { addNote } from "../../lib/drills/add-note";
import { createDrill } from "../../lib/drills/create";
import { endDrill } from "../../lib/drills/end";
import { fireAlert } from "../../lib/drills/fire-alert";
import { startDrill } from "../../lib/drills/start";
import { addRetroItem } from "../../lib/retro/add-item";
import { draftFromNotes } from "../../lib/retro/draft-from-notes";
import { editRetroItem } from "../../lib/retro/edit-item";
import { listRetro } from "../../lib/retro/list-retro";
import { mergeRetroItems } from "../../lib/retro/merge-items";
import { removeRetroItem } from "../../lib/retro/remove-item";
import { beginReview } from "../../lib/review/begin-review";
import { closeDrill } from "../../lib/review/close";
import type { EventBodies } from "../../lib/timeline/events";
import { createTestScenario, marker, observer, rejectionOf, staffCtx } from "../factories";
import { makeRoster } from "../support/roster";

// Lets a test make the timeline write fail, to show an item never outlives its missing `retro.changed` event.
const appendFails = vi.hoisted(() => ({ on: false }));
vi.mock("../../lib/timeline/append", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../lib/timeline/append")>();
  return {
    ...real,
    appendEvent: ((...args: Parameters<typeof real.appendEvent>) => {
      if (appendFails.on) throw new Error("the timeline write failed");
      return real.appendEvent(...args);
    }) as typeof real.appendEvent,
  };
});

const ctx = staffCtx();
const watcher: Ctx = { actor: observer };

/** An ended drill with the reference roster (teams API and Match), an alert, and one note per tag. */
async function endedDrill() {
  const { scenario } = await createTestScenario();
  const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster: makeRoster() } });
  const started = await startDrill({ ctx, input: { drillId } });
  const alert = await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-2" } } });
  const note = async (text: string, tags: string[], pinnedSeq?: number) =>
    (await addNote({ ctx: watcher, input: { drillId, data: { text, tags: tags as never, pinnedSeq } } })).id;
  const notes = {
    goodCall: await note(marker("paged the DBA at once"), ["good_call"], alert.id),
    mistake: await note(marker("restarted the wrong pod"), ["mistake"], started.id),
    communication: await note(marker("nobody posted a status update"), ["communication"], alert.id),
    escalation: await note(marker("escalated to API late"), ["escalation"]),
    insight: await note(marker("the dashboard hides the pool"), ["insight"], alert.id),
    // Two mapped tags: drafts into the first of RETRO_CATEGORIES (improvement before communication).
    both: await note(marker("talked over each other"), ["communication", "mistake"], alert.id),
  };
  await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated" } } });
  return { drillId, startedSeq: started.id, alertSeq: alert.id, notes };
}

async function retroEvents(drillId: string): Promise<EventBodies["retro.changed"][]> {
  const rows = await prisma().timelineEvent.findMany({ where: { drillId, kind: "retro.changed" }, orderBy: { seq: "asc" } });
  return rows.map((row) => row.body as unknown as EventBodies["retro.changed"]);
}

describe("drafting the retrospective from observer notes", () => {
  it("drafts each tagged note into its category with the event it is pinned to, and nothing from insights", async () => {
    const { drillId, startedSeq, alertSeq, notes } = await endedDrill();
    const { drafted } = await draftFromNotes({ ctx: watcher, input: { drillId } });
    expect(drafted).toBe(5);
    const { items } = await listRetro({ ctx, input: { drillId } });
    const byNote = new Map(items.map((item) => [item.noteSeqs[0], item]));
    expect(byNote.get(notes.goodCall)).toMatchObject({ category: "strength", audience: "everyone", audienceLabel: "Everyone", draft: true, evidenceSeqs: [alertSeq] });
    expect(byNote.get(notes.mistake)).toMatchObject({ category: "improvement", evidenceSeqs: [startedSeq], draft: true });
    expect(byNote.get(notes.communication)).toMatchObject({ category: "communication", evidenceSeqs: [alertSeq] });
    expect(byNote.get(notes.escalation)?.category).toBe("escalation");
    expect(byNote.get(notes.both)?.category).toBe("improvement");
    expect(byNote.has(notes.insight)).toBe(false);
    const noteText = await prisma().timelineEvent.findUniqueOrThrow({ where: { drillId_seq: { drillId, seq: notes.goodCall } } });
    expect(byNote.get(notes.goodCall)?.text).toBe((noteText.body as { text: string }).text);
    expect(await retroEvents(drillId)).toEqual([expect.objectContaining({ change: "drafted", count: 5 })]);
  });

  it("drafts nothing the second time, and writes no event for it", async () => {
    const { drillId } = await endedDrill();
    await draftFromNotes({ ctx, input: { drillId } });
    expect(await draftFromNotes({ ctx, input: { drillId } })).toEqual({ drafted: 0, items: [] });
    // A note added afterwards is drafted by the next call, and only it.
    const late = await addNote({ ctx: watcher, input: { drillId, data: { text: marker("good handover"), tags: ["good_call"] } } });
    const again = await draftFromNotes({ ctx, input: { drillId } });
    expect(again.items.map((item) => item.noteSeqs)).toEqual([[late.id]]);
    expect(await prisma().retroItem.count({ where: { drillId } })).toBe(6);
    expect((await retroEvents(drillId)).map((event) => [event.change, event.count])).toEqual([
      ["drafted", 5],
      ["drafted", 1],
    ]);
    // An item made by hand from a note counts as drafted.
    const { drillId: other, notes: otherNotes } = await endedDrill();
    await addRetroItem({ ctx, input: { drillId: other, data: { category: "lesson", text: "Keep the runbook open", noteSeqs: [otherNotes.goodCall] } } });
    expect((await draftFromNotes({ ctx, input: { drillId: other } })).items.map((item) => item.noteSeqs[0])).not.toContain(otherNotes.goodCall);
  });

  it("does not draft a removed draft again", async () => {
    const { drillId, notes } = await endedDrill();
    const { items } = await draftFromNotes({ ctx, input: { drillId } });
    const dropped = items.find((item) => item.noteSeqs[0] === notes.mistake)!;
    await removeRetroItem({ ctx, input: { drillId, itemId: dropped.id } });
    expect(await draftFromNotes({ ctx, input: { drillId } })).toEqual({ drafted: 0, items: [] });
    expect((await listRetro({ ctx, input: { drillId } })).items.map((item) => item.noteSeqs[0])).not.toContain(notes.mistake);
  });
});

describe("writing the retrospective", () => {
  it("turns a note into an improvement, with the note's pinned event as evidence", async () => {
    const { drillId, notes, startedSeq } = await endedDrill();
    const item = await addRetroItem({ ctx: watcher, input: { drillId, data: { category: "improvement", audience: "team:API", text: "Check the pod before restarting it", noteSeqs: [notes.mistake] } } });
    expect(item).toMatchObject({ category: "improvement", audience: "team:API", audienceLabel: "API", noteSeqs: [notes.mistake], evidenceSeqs: [startedSeq], draft: false, createdBy: observer.name });
    expect(await retroEvents(drillId)).toEqual([{ change: "added", itemId: item.id, text: item.text, category: "improvement", audience: "team:API" }]);
  });

  it("addresses only the drill's audiences: everyone, the facilitators and its roster's teams", async () => {
    const { drillId } = await endedDrill();
    const { audiences } = await listRetro({ ctx, input: { drillId } });
    expect(audiences.map((audience) => audience.key)).toEqual(["everyone", "facilitators", "team:API", "team:Match"]);
    const facilitators = await addRetroItem({ ctx, input: { drillId, data: { category: "lesson", audience: "facilitators", text: "Fire the second alert sooner" } } });
    expect(facilitators.audienceLabel).toBe("Facilitating team (SRE)");
    const wrong = await rejectionOf(addRetroItem({ ctx, input: { drillId, data: { category: "lesson", audience: "team:Payments", text: "Nobody was paged" } } }));
    expect(wrong).toMatchObject({ status: 422, problems: [{ path: "audience", message: expect.stringMatching(/team:API.*team:Match/) }] });
    const edit = await rejectionOf(editRetroItem({ ctx, input: { drillId, itemId: facilitators.id, data: { audience: "team:Payments" } } }));
    expect(edit).toMatchObject({ status: 422, problems: [{ path: "audience" }] });
    expect(await prisma().retroItem.count({ where: { drillId } })).toBe(1);
  });

  it("refuses evidence that did not happen in this drill: another drill's event, a note, a missing event", async () => {
    const { drillId, notes, alertSeq } = await endedDrill();
    const other = await endedDrill();
    const add = (evidenceSeqs: number[]) => rejectionOf(addRetroItem({ ctx, input: { drillId, data: { category: "strength", text: "Fast page", evidenceSeqs } } }));
    // An event of the other drill whose seq this drill does not reach.
    for (let index = 0; index < 3; index++) await addNote({ ctx: watcher, input: { drillId: other.drillId, data: { text: `later ${index}` } } });
    const otherEvent = (await prisma().timelineEvent.findFirstOrThrow({ where: { drillId: other.drillId }, orderBy: { seq: "desc" } })).seq;
    expect(await prisma().timelineEvent.count({ where: { drillId, seq: otherEvent } })).toBe(0);
    expect(await add([alertSeq, 99_999])).toMatchObject({ status: 422, problems: [{ path: "evidenceSeqs.1", message: expect.stringMatching(/not an event of this drill/) }] });
    expect(await add([notes.goodCall])).toMatchObject({ status: 422, problems: [{ path: "evidenceSeqs.0", message: expect.stringMatching(/note\.added/) }] });
    expect(await add([otherEvent])).toMatchObject({ status: 422, problems: [{ path: "evidenceSeqs.0", message: expect.stringMatching(/not an event of this drill/) }] });
    const review = await addRetroItem({ ctx, input: { drillId, data: { category: "strength", text: "Fast page" } } });
    const changed = await prisma().timelineEvent.findFirstOrThrow({ where: { drillId, kind: "retro.changed" } });
    expect(await add([changed.seq])).toMatchObject({ status: 422, problems: [{ path: "evidenceSeqs.0", message: expect.stringMatching(/retro\.changed/) }] });
    expect(await rejectionOf(addRetroItem({ ctx, input: { drillId, data: { category: "strength", text: "From a non-note", noteSeqs: [alertSeq] } } }))).toMatchObject({ status: 422, problems: [{ path: "noteSeqs.0" }] });
    expect(await prisma().retroItem.findMany({ where: { drillId }, select: { id: true } })).toEqual([{ id: review.id }]);
  });

  it("edits an item, and an edit or keep keeps a draft", async () => {
    const { drillId, notes, alertSeq } = await endedDrill();
    const { items } = await draftFromNotes({ ctx, input: { drillId } });
    const [first, second] = items;
    const kept = await editRetroItem({ ctx: watcher, input: { drillId, itemId: first!.id, data: { keep: true } } });
    expect(kept).toMatchObject({ draft: false, text: first!.text, category: first!.category });
    const edited = await editRetroItem({ ctx, input: { drillId, itemId: second!.id, data: { text: "Restart only after checking", audience: "team:Match", evidenceSeqs: [alertSeq] } } });
    expect(edited).toMatchObject({ draft: false, text: "Restart only after checking", audience: "team:Match", evidenceSeqs: [alertSeq], noteSeqs: [notes.mistake] });
    expect(await rejectionOf(editRetroItem({ ctx, input: { drillId, itemId: second!.id, data: {} } }))).toMatchObject({ status: 422 });
    expect((await retroEvents(drillId)).map((event) => event.change)).toEqual(["drafted", "edited", "edited"]);
  });

  it("merges items: the target keeps its category and audience, evidence and notes are joined, the others go, action items follow", async () => {
    const { drillId, notes, alertSeq, startedSeq } = await endedDrill();
    const target = await addRetroItem({ ctx, input: { drillId, data: { category: "improvement", audience: "team:API", text: "Slow to restart", detail: "Took 6 minutes", noteSeqs: [notes.mistake] } } });
    const a = await addRetroItem({ ctx, input: { drillId, data: { category: "communication", text: "No status update", noteSeqs: [notes.communication], evidenceSeqs: [alertSeq] } } });
    const b = await addRetroItem({ ctx, input: { drillId, data: { category: "strength", text: "Paged quickly", evidenceSeqs: [alertSeq, startedSeq] } } });
    const action = await prisma().actionItem.create({ data: { drillId, retroItemId: a.id, title: "Status template", owner: "Mina", category: "tooling", createdBy: "test" } });
    const merged = await mergeRetroItems({ ctx: watcher, input: { drillId, data: { into: target.id, items: [a.id, b.id] } } });
    expect(merged).toMatchObject({ id: target.id, category: "improvement", audience: "team:API", evidenceSeqs: [startedSeq, alertSeq].sort((x, y) => x - y), noteSeqs: [notes.mistake, notes.communication].sort((x, y) => x - y) });
    expect(merged.detail).toBe("Took 6 minutes\n- No status update\n- Paged quickly");
    expect((await listRetro({ ctx, input: { drillId } })).items.map((item) => item.id)).toEqual([target.id]);
    expect((await prisma().actionItem.findUniqueOrThrow({ where: { id: action.id } })).retroItemId).toBe(target.id);
    expect(await prisma().actionItemChange.findMany({ where: { itemId: action.id }, select: { kind: true, detail: true, actorName: true } })).toEqual([{ kind: "updated", detail: { retroItemId: { before: a.id, after: target.id } }, actorName: observer.name }]);
    expect((await retroEvents(drillId)).at(-1)).toEqual({ change: "merged", itemId: target.id, text: "Slow to restart", category: "improvement", audience: "team:API", mergedIds: [a.id, b.id] });
    expect(await rejectionOf(mergeRetroItems({ ctx, input: { drillId, data: { into: target.id, items: [target.id] } } }))).toMatchObject({ status: 422 });
    // Removing the item leaves its action items, unlinked, and their history says so.
    await removeRetroItem({ ctx, input: { drillId, itemId: target.id } });
    expect((await prisma().actionItem.findUniqueOrThrow({ where: { id: action.id } })).retroItemId).toBeNull();
    expect((await prisma().actionItemChange.findMany({ where: { itemId: action.id }, orderBy: { id: "asc" } })).map((change) => change.detail)).toEqual([
      { retroItemId: { before: a.id, after: target.id } },
      { retroItemId: { before: target.id, after: null } },
    ]);
  });

  it("removes an item, and finds no item of another drill", async () => {
    const { drillId } = await endedDrill();
    const other = await endedDrill();
    const item = await addRetroItem({ ctx, input: { drillId, data: { category: "lesson", text: "Write the runbook" } } });
    expect(await rejectionOf(editRetroItem({ ctx, input: { drillId: other.drillId, itemId: item.id, data: { text: "x" } } }))).toMatchObject({ status: 404 });
    expect(await rejectionOf(removeRetroItem({ ctx, input: { drillId: other.drillId, itemId: item.id } }))).toMatchObject({ status: 404 });
    expect(await rejectionOf(mergeRetroItems({ ctx, input: { drillId: other.drillId, data: { into: item.id, items: ["nope"] } } }))).toMatchObject({ status: 404 });
    await removeRetroItem({ ctx: watcher, input: { drillId, itemId: item.id } });
    expect(await prisma().retroItem.count({ where: { drillId } })).toBe(0);
    expect((await retroEvents(drillId)).map((event) => [event.change, event.text])).toEqual([
      ["added", "Write the runbook"],
      ["removed", "Write the runbook"],
    ]);
  });

  it("writes each change and its event together: when the event cannot be written, the change is not made", async () => {
    const { drillId } = await endedDrill();
    const kept = await addRetroItem({ ctx, input: { drillId, data: { category: "lesson", text: "Keep me" } } });
    const other = await addRetroItem({ ctx, input: { drillId, data: { category: "lesson", text: "Merge me" } } });
    appendFails.on = true;
    try {
      await expect(addRetroItem({ ctx, input: { drillId, data: { category: "lesson", text: "Never stored" } } })).rejects.toThrow(/timeline write failed/);
      await expect(mergeRetroItems({ ctx, input: { drillId, data: { into: kept.id, items: [other.id] } } })).rejects.toThrow(/timeline write failed/);
      await expect(removeRetroItem({ ctx, input: { drillId, itemId: other.id } })).rejects.toThrow(/timeline write failed/);
      await expect(draftFromNotes({ ctx, input: { drillId } })).rejects.toThrow(/timeline write failed/);
    } finally {
      appendFails.on = false;
    }
    const rows = await prisma().retroItem.findMany({ where: { drillId }, orderBy: { position: "asc" } });
    expect(rows.map((row) => [row.text, row.detail])).toEqual([
      ["Keep me", ""],
      ["Merge me", ""],
    ]);
    expect((await retroEvents(drillId)).map((event) => event.change)).toEqual(["added", "added"]);
  });
});

describe("who may change the retrospective, and when", () => {
  it("lets facilitators and observers, not share-link viewers or participants", async () => {
    const { drillId } = await endedDrill();
    const viewer: Ctx = { actor: { type: "viewer", id: "link-1", name: "leads (share link)", drillId } };
    const participant: Ctx = { actor: { type: "participant", id: "p-1", name: "Mina", drillId } };
    const data = { category: "strength" as const, text: "Paged fast" };
    expect(await rejectionOf(addRetroItem({ ctx: viewer, input: { drillId, data } }))).toMatchObject({ status: 403 });
    expect(await rejectionOf(addRetroItem({ ctx: participant, input: { drillId, data } }))).toMatchObject({ status: 403 });
    expect(await rejectionOf(draftFromNotes({ ctx: participant, input: { drillId } }))).toMatchObject({ status: 403 });
    expect(await rejectionOf(listRetro({ ctx: participant, input: { drillId } }))).toMatchObject({ status: 403 });
    expect((await addRetroItem({ ctx: watcher, input: { drillId, data } })).createdBy).toBe(observer.name);
    expect((await listRetro({ ctx: viewer, input: { drillId } })).items).toHaveLength(1);
  });

  it("refuses changes before the end and after the close (409), and reads the closed retrospective", async () => {
    const { scenario } = await createTestScenario();
    const { id: running } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster: makeRoster() } });
    await startDrill({ ctx, input: { drillId: running } });
    expect(await rejectionOf(addRetroItem({ ctx, input: { drillId: running, data: { category: "lesson", text: "Too early" } } }))).toMatchObject({ status: 409, message: expect.stringMatching(/Cannot change the retrospective: the drill is running/) });

    const { drillId } = await endedDrill();
    const item = await addRetroItem({ ctx, input: { drillId, data: { category: "lesson", text: "Frozen" } } });
    await beginReview({ ctx, input: { drillId } });
    await closeDrill({ ctx, input: { drillId } });
    expect(await rejectionOf(addRetroItem({ ctx, input: { drillId, data: { category: "lesson", text: "Too late" } } }))).toMatchObject({ status: 409 });
    expect(await rejectionOf(editRetroItem({ ctx: watcher, input: { drillId, itemId: item.id, data: { text: "Too late" } } }))).toMatchObject({ status: 409 });
    expect(await rejectionOf(removeRetroItem({ ctx, input: { drillId, itemId: item.id } }))).toMatchObject({ status: 409 });
    expect(await rejectionOf(draftFromNotes({ ctx, input: { drillId } }))).toMatchObject({ status: 409 });
    expect((await listRetro({ ctx, input: { drillId } })).items.map((entry) => entry.text)).toEqual(["Frozen"]);
  });
});
