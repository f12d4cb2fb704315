/** The hot wash's vocabulary (retrospective, improvement plan): no React or database here, the UI imports it too. */
import type { NoteTag } from "./note-tags";

/**
 * Whom a retrospective item or an action item is addressed to: everyone, the facilitating (SRE) team, or one responding
 * team of the roster, as `team:<name>`.
 */
export type AudienceKey = "everyone" | "facilitators" | `team:${string}`;

export const AUDIENCE_TEAM_PREFIX = "team:";

export function teamAudience(team: string): AudienceKey {
  return `${AUDIENCE_TEAM_PREFIX}${team}`;
}

export function audienceLabel(key: string): string {
  if (key === "everyone") return "Everyone";
  if (key === "facilitators") return "Facilitating team (SRE)";
  return key.startsWith(AUDIENCE_TEAM_PREFIX) ? key.slice(AUDIENCE_TEAM_PREFIX.length) : key;
}

/** The audiences a drill offers: everyone, the facilitators, then each roster team in name order. */
export function audiencesOf(teams: readonly (string | null)[]): AudienceKey[] {
  const named = [...new Set(teams.flatMap((team) => (team?.trim() ? [team.trim()] : [])))].sort((a, b) => a.localeCompare(b));
  return ["everyone", "facilitators", ...named.map(teamAudience)];
}

/** Report order: everyone, facilitators, then teams by name. */
export function compareAudiences(a: string, b: string): number {
  const rank = (key: string) => (key === "everyone" ? 0 : key === "facilitators" ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b);
}

export const RETRO_CATEGORIES = ["strength", "improvement", "communication", "escalation", "lesson"] as const;
export type RetroCategory = (typeof RETRO_CATEGORIES)[number];

export const RETRO_CATEGORY_LABELS: Record<RetroCategory, string> = {
  strength: "Strengths",
  improvement: "Areas for improvement",
  communication: "Communication",
  escalation: "Escalation",
  lesson: "Lessons learned",
};

/** What an observer note drafts into: a good call is a strength, a mistake an area for improvement; insights draft nothing. */
export const DRAFT_CATEGORY_OF_TAG: Partial<Record<NoteTag, RetroCategory>> = {
  good_call: "strength",
  mistake: "improvement",
  communication: "communication",
  escalation: "escalation",
};

export const ACTION_STATUSES = ["open", "in_progress", "done", "wont_do"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: "Open", in_progress: "In progress", done: "Done", wont_do: "Won't do" };
/** Still to be done: counted as overdue once its due date has passed. */
export const UNFINISHED_STATUSES: readonly ActionStatus[] = ["open", "in_progress"];

export const ACTION_PRIORITIES = ["high", "medium", "low"] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];
export const ACTION_PRIORITY_LABELS: Record<ActionPriority, string> = { high: "High", medium: "Medium", low: "Low" };

/** HSEEP's improvement plan categories (POETE, without equipment): where the fix lies. */
export const ACTION_CATEGORIES = ["planning", "organisation", "tooling", "training", "exercise"] as const;
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];
export const ACTION_CATEGORY_LABELS: Record<ActionCategory, string> = {
  planning: "Planning",
  organisation: "Organisation",
  tooling: "Tooling",
  training: "Training",
  exercise: "Exercise",
};
