import type { Nodes, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { renderReportMarkdown } from "../../../lib/review/render/markdown";
import { HOSTILE, englishReport } from "./fixtures";
import { RETRO_TEXT, hotWash, survey } from "./hot-wash-fixtures";
import { all, parse, plain, rowsOf, tables } from "./md-tree";

/** The document's top-level parts: each level-2 heading with what follows it up to the next. */
function parts(tree: Root): Map<string, Root> {
  const found = new Map<string, Root>();
  let current: Root | null = null;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth <= 2) {
      current = { type: "root", children: [] };
      found.set(plain(node), current);
    } else current?.children.push(node);
  }
  return found;
}

const subHeadings = (part: Root) => part.children.filter((node) => node.type === "heading").map((node) => plain(node as Nodes));
const listItems = (part: Root) => all(part).filter((node) => node.type === "listItem").map(plain);
const render = (sections = hotWash()) => parts(parse(renderReportMarkdown(englishReport({ sections }))));

describe("the hot wash in the Markdown report", () => {
  it("gives the survey's answers, each scale's counts as a 1–5 table with its average, and comments by name or Anonymous", () => {
    const part = render().get("Survey")!;
    expect(plain(part)).toContain("5 answers, 2 of them anonymous.");
    expect(subHeadings(part)).toEqual(["How hard was it?", "How useful was it?", "How enjoyable was it?", "Did the runbook help?", "What would you change?", "One thing to keep"]);
    const distributions = tables(part).map(rowsOf);
    expect(distributions).toEqual([
      [["1", "2", "3", "4", "5"], ["0", "1", "2", "2", "0"]],
      [["1", "2", "3", "4", "5"], ["0", "0", "0", "1", "4"]],
      [["1", "2", "3", "4", "5"], ["0", "0", "1", "3", "1"]],
    ]);
    expect(plain(part)).toContain("Average 3.2 of 5 · 5 answers · 1 = Far too easy, 5 = Far too hard");
    expect(listItems(part)).toEqual(["Mina Park (4): The pool metric was buried", "Anonymous: Hard but fair", "Joon Kim: Page the DB team sooner", "Anonymous: Shorter time box"]);
  });

  it("says a question with fewer than 3 answers is hidden, and shows no counts for it", () => {
    const part = render().get("Survey")!;
    const runbook = part.children.findIndex((node) => node.type === "heading" && plain(node) === "Did the runbook help?");
    expect(plain(part.children[runbook + 1]!)).toBe("Hidden until 3 answers (2 so far): fewer would tell who gave which score.");
    expect(part.children[runbook + 1]!.type).toBe("paragraph");
    expect(tables(part)).toHaveLength(3);
  });

  it("says so when nobody answered", () => {
    const empty = { ...survey(), answers: 0, anonymous: 0, named: 0, questions: [] };
    const part = render({ ...hotWash(), survey: empty }).get("Survey")!;
    expect(plain(part)).toBe("No answers: nobody answered the survey.");
  });

  it("gives each audience its part: its categories with evidence, the drafts left out, and its own action items", () => {
    const found = render();
    const everyone = found.get("Retrospective: Everyone")!;
    expect(subHeadings(everyone)).toEqual(["Strengths", "Areas for improvement", "Lessons learned", "Action items for Everyone"]);
    expect(plain(everyone)).toContain("2 drafts were left out");
    expect(plain(everyone)).toContain(`${RETRO_TEXT.strength}\nMina said so in the channel.`);
    expect(plain(everyone)).toContain("Evidence: T+06:07 Mina Park: Acknowledged: Checkout p99 latency above 2s");
    expect(plain(everyone)).toContain("From 2 observer notes");
    expect(rowsOf(tables(everyone)[0]!)).toEqual([
      ["Action item", "Owner", "Due", "Priority", "Status"],
      ["Write the announce-first rule into the runbook", "Mina Park", "2027-01-15", "Medium", "Open"],
    ]);
    const sre = found.get("Retrospective: Facilitating team (SRE)")!;
    expect(subHeadings(sre)).toEqual(["Areas for improvement", "Action items for Facilitating team (SRE)"]);
    expect(plain(sre)).toContain(RETRO_TEXT.sre);
    expect(plain(sre)).not.toContain(RETRO_TEXT.database);
    expect(plain(sre)).not.toContain("drafts were left out");
    const database = found.get("Retrospective: database")!;
    expect(plain(database)).toContain(RETRO_TEXT.database);
    expect(rowsOf(tables(database)[0]!)[1]).toEqual(["Review pool size changes", "Dana Lee", "—", "High", "Done"]);
  });

  it("tables the whole improvement plan with its tracker links and verification", () => {
    const rows = rowsOf(tables(render().get("Improvement plan")!)[0]!);
    expect(rows[0]).toEqual(["Title", "Owner", "Due", "Priority", "Status", "Category", "Audience", "Tracker", "Verification"]);
    expect(rows.slice(1)).toEqual([
      ["Write the announce-first rule into the runbook", "Mina Park", "2027-01-15", "Medium", "Open", "Planning", "Everyone", "—", "—"],
      ["Fix the alert delay", "Facilitator Han", "2027-01-15", "High", "Open", "Tooling", "Facilitating team (SRE)", "https://tracker.example.com/SRE-12", "A later drill of Payments DB connection pool exhaustion, meeting its Acknowledged criterion"],
      ["Review pool size changes", "Dana Lee", "—", "High", "Done", "Organisation", "database", "—", "Verified by January re-drill (2027-01-14)"],
    ]);
  });

  it("keeps a <script> or a pipe in a retrospective item or an action item as text", () => {
    const tree = parse(renderReportMarkdown(englishReport({ sections: hotWash({ retroText: HOSTILE, actionTitle: "split | the <script>alert(1)</script> cell" }) })));
    expect(all(tree).filter((node) => node.type === "html" || node.type === "link" || node.type === "inlineCode")).toEqual([]);
    for (const table of tables(tree)) for (const row of table.children) expect(row.children).toHaveLength(table.children[0]!.children.length);
    const everyone = parts(tree).get("Retrospective: Everyone")!;
    expect(plain(everyone)).toContain(HOSTILE);
    expect(rowsOf(tables(everyone)[0]!)[1]![0]).toBe("split | the <script>alert(1)</script> cell");
  });

  it("says the retrospective is empty rather than leaving it out, and gives the plan without a page of its own", () => {
    const found = render({ ...hotWash(), retro: { items: [], draftsLeftOut: 1 }, plan: { items: [] } });
    expect(plain(found.get("Retrospective")!)).toBe("Nothing was kept for the retrospective.1 draft was left out: drafted from observer notes, nobody kept it.");
    expect(plain(found.get("Improvement plan")!)).toBe("No action item yet.");
  });
});
