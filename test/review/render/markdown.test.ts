import { describe, expect, it } from "vitest";
import { renderExerciseMarkdown, renderReportMarkdown } from "../../../lib/review/render/markdown";
import { HOSTILE, englishReport, exerciseReport } from "./fixtures";
import { hotWash } from "./hot-wash-fixtures";
import { all, headings, parse, plain, tables } from "./md-tree";

const ONE_LINE_HOSTILE = HOSTILE.replace("\n", " ");

describe("renderReportMarkdown", () => {
  it("has every section, in order", () => {
    const tree = parse(renderReportMarkdown(englishReport()));
    expect(headings(tree).filter((heading) => heading.depth === 2).map((heading) => heading.text)).toEqual([
      "Summary",
      "Overview",
      "Roster",
      "Scorecard",
      "Key moments",
      "Model answer vs what happened",
      "Observer notes",
    ]);
    expect(headings(tree).filter((heading) => heading.depth === 3).map((heading) => heading.text)).toEqual([
      "Times",
      "Alerts",
      "Hints and what followed",
      "Success criteria",
      "Objectives",
      "Time box",
      "Rollbacks and aborts",
      "Mistakes",
      "Participation",
    ]);
  });

  it("carries the scorecard's figures: criteria measured against limits, ratings with the override's reason, hints and what followed", () => {
    const markdown = renderReportMarkdown(englishReport());
    const rows = tables(parse(markdown)).flatMap((table) => table.children.map((row) => row.children.map(plain)));
    expect(rows).toContainEqual(["Mitigated within 25 min", "25:00", "29:00", "Missed"]);
    expect(rows).toContainEqual(["Acknowledged within 5 min", "05:00", "04:07", "Met"]);
    expect(rows).toContainEqual(["Mitigate", "S: Performed with some challenges", "M: Mitigated 4 minutes past its limit.", "Facilitator Han: The limit was tight for a first drill."]);
    expect(rows).toContainEqual(["1", "Look at the connection pool dashboard.", "T+14:00", "Impact identified, 01:00 later"]);
    expect(rows).toContainEqual(["Impact identified", "T+15:00", "13:00", "11:00", "Recorded after the fact", "Dana Lee"]);
    expect(rows).toContainEqual(["3", "Roll back the deploy that changed the pool size.", "Not done", "—", "—"]);
    expect(markdown).toContain("Used 31:00 of 45 min (69%). The clock was paused for 02:00.");
  });

  it("keeps hostile user text as text: no raw HTML, no broken table, the same characters read back", () => {
    const base = englishReport();
    const report = englishReport({
      drill: { ...base.drill, title: HOSTILE },
      roster: [{ name: HOSTILE, role: "active_responder", team: "a|b" }],
      notes: [{ ...base.notes[0]!, text: HOSTILE }],
      keyMoments: [{ ...base.keyMoments[0]!, text: HOSTILE }],
    });
    const tree = parse(renderReportMarkdown(report));
    expect(all(tree).filter((node) => node.type === "html")).toEqual([]);
    expect(all(tree).filter((node) => node.type === "link" || node.type === "inlineCode" || node.type === "emphasis" && plain(node).includes("stars"))).toEqual([]);
    expect(headings(tree)[0]).toEqual({ depth: 1, text: `Drill report: ${ONE_LINE_HOSTILE}` });
    for (const table of tables(tree)) for (const row of table.children) expect(row.children).toHaveLength(table.children[0]!.children.length);
    const roster = tables(tree)[0]!;
    expect(roster.children[1]!.children.map(plain)).toEqual([ONE_LINE_HOSTILE, "Active responder", "a|b"]);
    // A chat message or a note keeps its line break.
    expect(all(tree).filter((node) => node.type === "paragraph").map(plain)).toEqual(expect.arrayContaining([expect.stringContaining(HOSTILE)]));
  });

  it("shows wall times in the report's time zone, whatever the server's", () => {
    const seoul = renderReportMarkdown(englishReport({ timeZone: "Asia/Seoul" }));
    const utc = renderReportMarkdown(englishReport({ timeZone: "UTC" }));
    expect(seoul).toContain("**Started:** 2026-12-05 14:00 GMT+9");
    expect(utc).toContain("**Started:** 2026-12-05 05:00 UTC");
    expect(seoul).toContain("T+15:00 · 2026-12-05 14:15 GMT+9 · Dana Lee");
    expect(utc).not.toContain("GMT+9");
  });

  it("says a draft is a draft at the top, and a closed report does not", () => {
    const draft = parse(renderReportMarkdown(englishReport({ final: false })));
    expect(draft.children[1]?.type).toBe("blockquote");
    expect(plain(draft.children[1]!)).toMatch(/^Draft: the drill is still in review/);
    expect(renderReportMarkdown(englishReport({ final: true }))).not.toContain("Draft");
  });

  it("renders a report frozen before the hot wash ({} sections) without its sections, and a new one with them after the notes", () => {
    const old = headings(parse(renderReportMarkdown(englishReport({ sections: {} })))).map((heading) => heading.text);
    expect(old.at(-1)).toBe("Observer notes");
    expect(old.filter((text) => /Survey|Retrospective|Improvement plan/.test(text))).toEqual([]);
    const filled = headings(parse(renderReportMarkdown(englishReport({ sections: hotWash() })))).filter((heading) => heading.depth === 2);
    expect(filled.map((heading) => heading.text).slice(-6)).toEqual([
      "Observer notes",
      "Survey",
      "Retrospective: Everyone",
      "Retrospective: Facilitating team (SRE)",
      "Retrospective: database",
      "Improvement plan",
    ]);
  });
});

describe("renderExerciseMarkdown", () => {
  it("rolls up the drills, then gives each drill's report under its own heading", () => {
    const tree = parse(renderExerciseMarkdown(exerciseReport()));
    const texts = headings(tree);
    expect(texts[0]).toEqual({ depth: 1, text: "Exercise report: December game day" });
    expect(texts.filter((heading) => heading.depth === 2).map((heading) => heading.text)).toEqual(["Summary", "Drills", "Improvement plan", "Checkout latency game day", "Cache stampede drill"]);
    const rollup = tables(tree)[0]!.children.map((row) => row.children.map(plain));
    expect(rollup[1]).toEqual(["Checkout latency game day", "Payments DB connection pool exhaustion", "Mitigated", "31:00 of 45 min", "04:07", "29:00", "1/3", "Detect P, Mitigate S", "3.2 / 4.8 / 4.0 (5)"]);
    expect(rollup[2]).toEqual(["Cache stampede drill (draft)", "Segment cache outage", "Failed", "45:00 of 45 min", "09:00", "—", "0/3", "Detect S, Mitigate U", "— / — / — (2)"]);
    expect(plain(tree)).toContain("1 of 6");
    expect(plain(tree)).toContain("Draft: some drills are still in review");
  });
});
