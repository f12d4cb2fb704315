import { ACTION_CATEGORY_LABELS, ACTION_PRIORITY_LABELS, ACTION_STATUS_LABELS, RETRO_CATEGORIES, RETRO_CATEGORY_LABELS, audienceLabel, compareAudiences } from "../../../drill-model/hot-wash";
import type { ReportActionItem, ReportPlan, ReportRetro, ReportRetroItem, ReportSections } from "../../report/types";
import type { Block, Column, Entry } from "./blocks";
import { NONE, offset, oneLine, shorten, wallDate } from "./format";
import { surveyBlocks } from "./survey";

/** Evidence inside a retrospective item points at the timeline; the whole message is in the timeline itself. */
const EVIDENCE_CHARS = 200;

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function itemEntry(item: ReportRetroItem): Entry {
  const evidence = item.evidence.map((quote) => `${offset(quote.offsetMs)} ${quote.actor}: ${shorten(oneLine(quote.text), EVIDENCE_CHARS)}`);
  return {
    head: item.fromNotes ? `From ${plural(item.fromNotes, "observer note")}` : "Added in the review",
    body: item.detail.trim() ? `${item.text}\n${item.detail}` : item.text,
    detail: evidence.length ? `Evidence: ${evidence.join(" · ")}` : undefined,
  };
}

const AUDIENCE_ACTION_COLUMNS: Column[] = [{ label: "Action item", weight: 3 }, { label: "Owner", weight: 1.4 }, { label: "Due", weight: 1.2 }, { label: "Priority" }, { label: "Status" }];

const actionRow = (item: ReportActionItem): string[] => [item.title, item.owner, item.dueDate ?? NONE, ACTION_PRIORITY_LABELS[item.priority], ACTION_STATUS_LABELS[item.status]];

function verification(item: ReportActionItem, timeZone: string): string {
  if (item.verifiedBy) return `Verified by ${item.verifiedBy.title} (${wallDate(item.verifiedBy.at, timeZone)})`;
  if (!item.verify) return NONE;
  return `A later drill of ${item.verify.scenarioTitle}${item.verify.milestoneLabel ? `, meeting its ${item.verify.milestoneLabel} criterion` : ""}`;
}

/** One audience's part: its items by category, then the action items addressed to it. It starts a page in the PDF, so each team can be handed its own. */
function audienceBlocks(audience: string, retro: ReportRetro, plan: ReportPlan | undefined, level: 2 | 3, first: boolean): Block[] {
  const sub = (level + 1) as 3 | 4;
  const label = audienceLabel(audience);
  const items = retro.items.filter((item) => item.audience === audience);
  const actions = plan?.items.filter((item) => item.audience === audience) ?? [];
  return [
    { kind: "break" },
    { kind: "heading", level, text: `Retrospective: ${oneLine(label)}` },
    ...(first && retro.draftsLeftOut > 0 ? [{ kind: "paragraph", text: draftsText(retro.draftsLeftOut) } as const] : []),
    ...RETRO_CATEGORIES.flatMap((category): Block[] => {
      const inCategory = items.filter((item) => item.category === category);
      return inCategory.length ? [{ kind: "heading", level: sub, text: RETRO_CATEGORY_LABELS[category] }, { kind: "entries", entries: inCategory.map(itemEntry) }] : [];
    }),
    ...(actions.length ? [{ kind: "heading", level: sub, text: `Action items for ${oneLine(label)}` } as const, { kind: "table", columns: AUDIENCE_ACTION_COLUMNS, rows: actions.map(actionRow) } as const] : []),
  ];
}

const draftsText = (count: number) => `${plural(count, "draft was", "drafts were")} left out: drafted from observer notes, nobody kept ${count === 1 ? "it" : "them"}.`;

/** The retrospective by audience: everyone, the facilitating team, then each team, each on its own page in the PDF. */
export function retroBlocks(retro: ReportRetro, plan: ReportPlan | undefined, level: 2 | 3): Block[] {
  const audiences = [...new Set([...retro.items.map((item) => item.audience), ...(plan?.items.map((item) => item.audience) ?? [])])].sort(compareAudiences);
  if (audiences.length === 0)
    return [
      { kind: "heading", level, text: "Retrospective" },
      { kind: "paragraph", text: "Nothing was kept for the retrospective." },
      ...(retro.draftsLeftOut > 0 ? [{ kind: "paragraph", text: draftsText(retro.draftsLeftOut) } as const] : []),
    ];
  return audiences.flatMap((audience, index) => audienceBlocks(audience, retro, plan, level, index === 0));
}

const PLAN_COLUMNS: Column[] = [
  { label: "Title", weight: 2 },
  { label: "Owner", weight: 1.2 },
  { label: "Due", weight: 1.5 },
  { label: "Priority", weight: 1 },
  { label: "Status", weight: 1 },
  { label: "Category", weight: 1 },
  { label: "Audience", weight: 1.2 },
  { label: "Tracker", weight: 1.3 },
  { label: "Verification", weight: 1.8 },
];

export function planBlocks(plan: ReportPlan, level: 2 | 3, timeZone: string): Block[] {
  return [
    { kind: "heading", level, text: "Improvement plan" },
    plan.items.length
      ? {
          kind: "table",
          columns: PLAN_COLUMNS,
          rows: plan.items.map((item) => [
            ...actionRow(item),
            ACTION_CATEGORY_LABELS[item.category],
            item.audienceLabel,
            item.trackerUrl ?? NONE,
            verification(item, timeZone),
          ]),
        }
      : { kind: "paragraph", text: "No action item yet." },
  ];
}

/** The hot wash (survey, retrospective by audience, improvement plan) in the report. A report frozen before they existed has `{}` and renders none of them. */
export function hotWashBlocks(sections: ReportSections, level: 2 | 3, timeZone: string): Block[] {
  const retro = sections.retro ? retroBlocks(sections.retro, sections.plan, level) : [];
  // After the audiences' pages the plan starts its own, so the last team's page holds only that team.
  const afterPages = retro.some((block) => block.kind === "break");
  return [
    ...(sections.survey ? surveyBlocks(sections.survey, level) : []),
    ...retro,
    ...(sections.plan ? [...(afterPages ? [{ kind: "break" } as const] : []), ...planBlocks(sections.plan, level, timeZone)] : []),
  ];
}
