import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { drillPhase } from "@/components/drills/drill-phase";
import { DrillHeader } from "@/components/drills/drill-header";
import { StatusBadge } from "@/components/drills/status-badge";
import type { DrillStatus } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";

const startedAt = "2026-03-02T10:00:00.000Z";
const endedAt = "2026-03-02T10:23:14.000Z";

function drill(status: string, clock: Partial<DrillView["clock"]> = {}): DrillView {
  return {
    id: "d1",
    title: "API errors and login failures",
    status: status as DrillStatus,
    scenarioId: "s1",
    revision: 2,
    createdAt: startedAt,
    clock: { startedAt, endedAt: null, pausedAt: null, pausedMs: 0, timeBoxMinutes: 45, serverNow: endedAt, ...clock },
  } as DrillView;
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("an ended drill reads as ended", () => {
  it("puts each status in its phase, and an unknown one in none that acts", () => {
    expect(drillPhase("planned")).toBe("planned");
    expect(drillPhase("running")).toBe("running");
    for (const status of ["mitigated", "failed", "timed_out", "aborted", "in_review", "closed"]) expect(drillPhase(status)).toBe("ended");
    expect(drillPhase("aborting")).toBe("ending");
    expect(drillPhase("something_new")).toBe("ending");
  });

  it("shows the outcome, how long it ran and when it ended, not a running clock", () => {
    const html = text(renderToStaticMarkup(createElement(DrillHeader, { drill: drill("mitigated", { endedAt }) })));
    expect(html).toMatch(/ended as mitigated/i);
    expect(html).toContain("23:14");
    expect(html).toMatch(/of 45 min/);
    expect(html).toMatch(/ended .*\d{1,2}:\d{2}/i);
    expect(html).not.toMatch(/\blive\b|left\b|Elapsed/i);
  });

  it("says an aborted drill that never started never ran", () => {
    const html = text(renderToStaticMarkup(createElement(DrillHeader, { drill: drill("aborted", { startedAt: null, endedAt }) })));
    expect(html).toMatch(/aborted before it started/i);
  });

  it("keeps the running clock while the drill runs", () => {
    const html = text(renderToStaticMarkup(createElement(DrillHeader, { drill: drill("running") })));
    expect(html).toContain("Elapsed");
  });

  it("shows a status it does not know instead of failing", () => {
    expect(renderToStaticMarkup(createElement(StatusBadge, { status: "something_new" as DrillStatus }))).toContain(">something new</span>");
  });
});
