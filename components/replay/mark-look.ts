import type { ReplayLaneKind, ReplayMarkKind } from "@/lib/review/replay/types";

/** Colours of the marks on the canvas (Tailwind's palette, as hex: a canvas takes no classes), and their legend. */
export const MARK_LOOK: Record<ReplayMarkKind, { color: string; label: string }> = {
  injection: { color: "#f43f5e", label: "Injection" },
  "injection.failed": { color: "#fda4af", label: "Injection failed" },
  "injection.refused": { color: "#f59e0b", label: "Injection refused" },
  rollback: { color: "#a78bfa", label: "Rollback" },
  alert: { color: "#fb923c", label: "Alert" },
  hint: { color: "#c084fc", label: "Hint" },
  skipped: { color: "#71717a", label: "Skipped" },
  delayed: { color: "#a1a1aa", label: "Delayed" },
  message: { color: "#38bdf8", label: "Message" },
  acknowledged: { color: "#34d399", label: "Acknowledged" },
  escalated: { color: "#fbbf24", label: "Escalated" },
  joined: { color: "#52525b", label: "Joined" },
  milestone: { color: "#10b981", label: "Milestone" },
  note: { color: "#facc15", label: "Note" },
  answer: { color: "#2dd4bf", label: "Model answer step" },
  pause: { color: "#a1a1aa", label: "Pause" },
  end: { color: "#e4e4e7", label: "End" },
};

/** Marks drawn as diamonds rather than ticks: the moments a reader looks for first. */
export const DIAMOND_KINDS: ReadonlySet<ReplayMarkKind> = new Set(["milestone", "answer", "end"]);

export const LANE_KIND_LABEL: Record<ReplayLaneKind, string> = {
  script: "Script",
  person: "Person",
  milestones: "Milestones",
  notes: "Observer notes",
  answer: "Model answer",
};

/** Hatching for pauses, the same on the scrubber and the lanes. */
export const PAUSE_HATCH = "repeating-linear-gradient(135deg, rgba(161,161,170,0.28) 0 4px, transparent 4px 8px)";
