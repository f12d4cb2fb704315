import { describe, expect, it } from "vitest";
import { diffRevisions } from "./diff-revisions";

const alert = (id: string, title: string) => ({ id, offsetMinutes: 5, source: "grafana", severity: "warning", title });

describe("diffRevisions", () => {
  it("finds nothing between equal documents", () => {
    const doc = { title: "A", alerts: [alert("a-1", "x")], modelAnswer: ["one"] };
    expect(diffRevisions(doc, structuredClone(doc))).toEqual([]);
  });

  it("names a changed scalar by its path and section", () => {
    expect(diffRevisions({ title: "Old", environment: { name: "stage", protected: false } }, { title: "New", environment: { name: "stage", protected: true } })).toEqual([
      { section: "title", path: "title", kind: "changed", before: "Old", after: "New" },
      { section: "environment", path: "environment.protected", kind: "changed", before: false, after: true },
    ]);
  });

  it("matches list items by id and names them by it", () => {
    const before = { alerts: [alert("alert-1", "p99 up"), alert("alert-2", "5xx up")] };
    const after = { alerts: [alert("alert-1", "p99 up"), { ...alert("alert-2", "5xx above 5%"), severity: "critical" }] };
    expect(diffRevisions(before, after)).toEqual([
      { section: "alerts", path: "alerts[alert-2].severity", kind: "changed", before: "warning", after: "critical" },
      { section: "alerts", path: "alerts[alert-2].title", kind: "changed", before: "5xx up", after: "5xx above 5%" },
    ]);
  });

  it("reports a swap of two items as one move, not every field changed", () => {
    const hints = [{ id: "h-1", text: "one" }, { id: "h-2", text: "two" }, { id: "h-3", text: "three" }];
    const changes = diffRevisions({ hints }, { hints: [hints[1], hints[0], hints[2]] });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "moved", section: "hints" });
    expect([["hints[h-1]", 0, 1], ["hints[h-2]", 1, 0]]).toContainEqual([changes[0]!.path, changes[0]!.before, changes[0]!.after]);
  });

  it("does not call the items after an insertion moved", () => {
    const before = { alerts: [alert("a", "A"), alert("b", "B"), alert("c", "C")] };
    const after = { alerts: [alert("new", "N"), alert("a", "A"), alert("b", "B"), alert("c", "C")] };
    expect(diffRevisions(before, after)).toEqual([{ section: "alerts", path: "alerts[new]", kind: "added", after: alert("new", "N") }]);
  });

  it("reports removed and added items whole, and a moved item that also changed", () => {
    const before = { injections: [{ id: "i-1", name: "One" }, { id: "i-2", name: "Two" }, { id: "i-3", name: "Three" }] };
    const after = { injections: [{ id: "i-3", name: "Three!" }, { id: "i-1", name: "One" }, { id: "i-4", name: "Four" }] };
    expect(diffRevisions(before, after)).toEqual([
      { section: "injections", path: "injections[i-2]", kind: "removed", before: { id: "i-2", name: "Two" } },
      { section: "injections", path: "injections[i-3]", kind: "moved", before: 2, after: 0 },
      { section: "injections", path: "injections[i-3].name", kind: "changed", before: "Three", after: "Three!" },
      { section: "injections", path: "injections[i-4]", kind: "added", after: { id: "i-4", name: "Four" } },
    ]);
  });

  it("compares lists of strings by index", () => {
    expect(diffRevisions({ modelAnswer: ["Fail over", "Verify"], tags: ["db"] }, { modelAnswer: ["Fail over first", "Verify", "Write it up"], tags: [] })).toEqual([
      { section: "modelAnswer", path: "modelAnswer[0]", kind: "changed", before: "Fail over", after: "Fail over first" },
      { section: "modelAnswer", path: "modelAnswer[2]", kind: "added", after: "Write it up" },
      { section: "tags", path: "tags[0]", kind: "removed", before: "db" },
    ]);
  });

  it("shows a step that changed kind as one change, and nested header edits by name", () => {
    const manual = { kind: "manual", instructions: "by hand" };
    const hook = { kind: "webhook", method: "POST", url: "http://t/", headers: { "X-Env": "stage", Authorization: "a" }, body: "", timeoutSeconds: 10 };
    const before = { injections: [{ id: "i-1", name: "Cut", action: manual, rollback: hook }] };
    const after = { injections: [{ id: "i-1", name: "Cut", action: hook, rollback: { ...hook, headers: { "X-Env": "prod", "X Weird": "1" } } }] };
    expect(diffRevisions(before, after)).toEqual([
      { section: "injections", path: "injections[i-1].action", kind: "changed", before: manual, after: hook },
      { section: "injections", path: "injections[i-1].rollback.headers.X-Env", kind: "changed", before: "stage", after: "prod" },
      { section: "injections", path: "injections[i-1].rollback.headers.Authorization", kind: "removed", before: "a" },
      { section: "injections", path: 'injections[i-1].rollback.headers["X Weird"]', kind: "added", after: "1" },
    ]);
  });

  it("treats an optional field that appears or disappears as added or removed", () => {
    const before = { hints: [{ id: "h-1", text: "t", unlessMilestone: "mitigated" }] };
    const after = { hints: [{ id: "h-1", text: "t", offsetMinutes: 10 }] };
    expect(diffRevisions(before, after)).toEqual([
      { section: "hints", path: "hints[h-1].unlessMilestone", kind: "removed", before: "mitigated" },
      { section: "hints", path: "hints[h-1].offsetMinutes", kind: "added", after: 10 },
    ]);
  });

  it("falls back to indexes when ids repeat, so nothing is lost", () => {
    const changes = diffRevisions({ alerts: [alert("x", "1"), alert("x", "2")] }, { alerts: [alert("x", "1"), alert("x", "3")] });
    expect(changes).toEqual([{ section: "alerts", path: "alerts[1].title", kind: "changed", before: "2", after: "3" }]);
  });

  it("marks a fully reversed list with the fewest moves", () => {
    const ids = ["a", "b", "c", "d"];
    const changes = diffRevisions({ hints: ids.map((id) => ({ id })) }, { hints: [...ids].reverse().map((id) => ({ id })) });
    expect(changes.map((change) => change.kind)).toEqual(["moved", "moved", "moved"]);
  });

  it("never reports an item as moved to the place it already had", () => {
    const ids = ["a", "b", "c"];
    const changes = diffRevisions({ hints: ids.map((id) => ({ id })) }, { hints: [...ids].reverse().map((id) => ({ id })) });
    expect(changes).toEqual([
      { section: "hints", path: "hints[a]", kind: "moved", before: 0, after: 2 },
      { section: "hints", path: "hints[c]", kind: "moved", before: 2, after: 0 },
    ]);
  });
});
