import { describe, expect, it } from "vitest";
import { changes, EFFECTS } from "./events";

describe("what an event kind changes", () => {
  it("says the drill's state changes with its lifecycle, injections, alerts, hints, milestones, script and roster", () => {
    for (const kind of ["drill.started", "drill.paused", "drill.resumed", "drill.ended", "injection.executed", "rollback.executed", "alert.fired", "alert.acknowledged", "hint.released", "milestone.corrected", "script.item_delayed", "team.escalated", "roster.invited"])
      expect(changes(kind, "drill"), kind).toBe(true);
  });

  it("says chat, notes and joins leave the drill's state as it was", () => {
    for (const kind of ["chat.message", "chat.edited", "chat.deleted", "chat.reaction", "note.added", "participant.joined"]) expect(changes(kind, "drill"), kind).toBe(false);
  });

  it("says the roster changes with invitations, escalations and joins only", () => {
    const roster = Object.keys(EFFECTS).filter((kind) => changes(kind, "roster"));
    expect(roster.sort()).toEqual(["participant.joined", "roster.invited", "team.escalated"]);
  });

  it("treats a kind it does not know (from a newer server) as changing anything, and never an inherited key", () => {
    expect(changes("drill.reviewed", "drill")).toBe(true);
    expect(changes("drill.reviewed", "roster")).toBe(true);
    expect(() => changes("toString", "drill")).not.toThrow();
  });
});
