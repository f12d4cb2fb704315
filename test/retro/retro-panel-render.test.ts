import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RetroPanel } from "@/components/hot-wash/retro/retro-panel";
import type { DrillStatus } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { retroKey } from "@/lib/queries/retro";
import type { RetroItemView, RetroView } from "@/lib/retro/view";
import type { TimelineEventView } from "@/lib/timeline/events";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ");

const item = (fields: Partial<RetroItemView> & Pick<RetroItemView, "id" | "text">): RetroItemView => ({
  category: "strength",
  audience: "everyone",
  audienceLabel: "Everyone",
  detail: "",
  evidenceSeqs: [],
  noteSeqs: [],
  draft: false,
  position: 0,
  createdBy: "Observer Oz",
  updatedAt: "2026-03-02T11:00:00.000Z",
  ...fields,
});

const view: RetroView = {
  // In the order the API sends them: by audience, then category.
  items: [
    item({ id: "i1", text: "Paged the DBA team at once", draft: true, noteSeqs: [7], evidenceSeqs: [5] }),
    item({ id: "i2", text: "Fire the second alert sooner", audience: "facilitators", audienceLabel: "Facilitating team (SRE)", category: "lesson" }),
    item({ id: "i3", text: "Restarted the wrong pods", audience: "team:API", audienceLabel: "API", category: "improvement" }),
  ],
  audiences: [
    { key: "everyone", label: "Everyone" },
    { key: "facilitators", label: "Facilitating team (SRE)" },
    { key: "team:API", label: "API" },
    { key: "team:Match", label: "Match" },
  ],
};

const alert: TimelineEventView = { id: 5, kind: "alert.fired", at: "2026-03-02T10:05:00.000Z", offsetMs: 300_000, actor: { type: "system", name: "drillroom" }, body: { alertId: "a2", source: "pagerduty", severity: "critical", title: "5xx above 5%", body: "" } } as unknown as TimelineEventView;

function render(status: DrillStatus, mayCurate: boolean) {
  const client = new QueryClient();
  client.setQueryData(retroKey("d1"), view);
  const drill = { id: "d1", status } as DrillView;
  return text(renderToStaticMarkup(createElement(QueryClientProvider, { client }, createElement(RetroPanel, { drill, events: [alert], canRun: false, mayCurate }))));
}

describe("the retrospective panel", () => {
  it("groups items by audience, then category, marks drafts and quotes their evidence", () => {
    const page = render("in_review", true);
    const order = ["For Everyone", "Strengths", "Paged the DBA team at once", "For Facilitating team (SRE)", "Lessons learned", "Fire the second alert sooner", "For API", "Areas for improvement", "Restarted the wrong pods"].map((part) => page.indexOf(part));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(page).not.toContain("For Match");
    expect(page).toContain("Draft from a note");
    expect(page).toContain("5xx above 5%");
    expect(page.match(/ Keep /g)).toHaveLength(1);
    expect(page).toContain("Draft from notes");
  });

  it("is read-only after the close, and for those who may not curate", () => {
    for (const page of [render("closed", true), render("in_review", false)]) {
      expect(page).toContain("Paged the DBA team at once");
      expect(page).not.toMatch(/Draft from notes|Add item| Keep | Edit | Remove /);
    }
  });
});
