/** What an observer's note is about; the retrospective groups notes by these. No React or database here: the UI imports it too. */
export const NOTE_TAGS = ["insight", "mistake", "good_call", "communication", "escalation"] as const;
export type NoteTag = (typeof NOTE_TAGS)[number];

export const NOTE_TAG_LABELS: Record<NoteTag, string> = {
  insight: "Insight",
  mistake: "Mistake",
  good_call: "Good call",
  communication: "Communication",
  escalation: "Escalation",
};
