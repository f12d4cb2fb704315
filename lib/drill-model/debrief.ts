/** The debrief's vocabulary: no React or database here, the UI imports it too. */

/** How an objective was performed, as HSEEP rates exercise objectives. */
export const RATINGS = ["P", "S", "M", "U"] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  P: "Performed without challenges",
  S: "Performed with some challenges",
  M: "Performed with major challenges",
  U: "Unable to be performed",
};

/** What became of one step of the model answer. */
export const ANSWER_VERDICTS = ["done", "done_differently", "not_done"] as const;
export type AnswerVerdict = (typeof ANSWER_VERDICTS)[number];

export const ANSWER_VERDICT_LABELS: Record<AnswerVerdict, string> = {
  done: "Done",
  done_differently: "Done differently",
  not_done: "Not done",
};
