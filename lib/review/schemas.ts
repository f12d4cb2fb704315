import { z } from "zod";
import { ANSWER_VERDICTS, RATINGS } from "../drill-model/debrief";
import { MILESTONES } from "../drill-model/milestone-names";
import { queryInt32, seq } from "../input/numbers";
import { id, text } from "../input/text";

const reason = (why: string) => text({ min: 1, max: 1000, error: `is required: ${why}`, tooShort: `is required: ${why}` });
const flag = (name: string) => z.boolean({ error: `${name} must be true or false` });

export const afterTheFactSchema = z.object({
  milestone: z.enum(MILESTONES, { error: `must be one of ${MILESTONES.join(", ")}` }),
  /** The past timeline event at which the milestone was reached. */
  evidenceSeq: seq(),
  reason: reason("say why it was not recorded during the drill"),
  note: text({ max: 2000 }).default(""),
});

export const rateObjectiveSchema = z.object({
  rating: z.enum(RATINGS, { error: `must be one of ${RATINGS.join(", ")}` }),
  reason: reason("say why this rating"),
});
export const objectiveParams = z.object({ id: id(), objectiveId: id({ max: 64 }) });

export const linkAnswerSchema = z.object({
  verdict: z.enum(ANSWER_VERDICTS, { error: `must be one of ${ANSWER_VERDICTS.join(", ")}` }),
  evidenceSeqs: z
    .array(seq(), { error: "must be a list of event ids" })
    .max(20, "link at most 20 events")
    .default([])
    .transform((seqs) => [...new Set(seqs)].sort((a, b) => a - b)),
  note: text({ max: 2000 }).default(""),
});
export const stepParams = z.object({ id: id(), step: queryInt32({ min: 0, max: 29, error: "must be a step number (0-based)", tooSmall: "must be 0 or more", tooBig: "must be at most 29" }) });

export const starMomentSchema = z.object({ starred: flag("starred") });
export const pickNoteSchema = z.object({ picked: flag("picked") });
export const seqParams = z.object({ id: id(), seq: queryInt32({ min: 1, error: "must be an event id", tooSmall: "must be an event id" }) });

export const reopenSchema = z.object({ reason: reason("say why the closed report is reopened") });
