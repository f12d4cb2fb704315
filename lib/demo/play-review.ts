import { anonymousActor, type Ctx } from "../context";
import { createItem } from "../improvements/create-item";
import { updateItem } from "../improvements/update-item";
import { todayIn } from "../improvements/overdue";
import { addRetroItem } from "../retro/add-item";
import { beginReview } from "../review/begin-review";
import { closeDrill } from "../review/close";
import { linkAnswer } from "../review/link-answer";
import { pickNote } from "../review/pick-note";
import { rateObjective } from "../review/rate-objective";
import { revealAnswer } from "../review/reveal";
import { starMoment } from "../review/star-moment";
import { answerSurveyInChannel } from "../survey/answer-in-channel";
import type { SimulatedClock } from "./clock";
import type { DemoCast, PlayedDrill } from "./play-live";
import type { DemoDrill } from "./story";

const DAY_MS = 86_400_000;

/** Action items that ask a later drill to prove them fixed, by id: the seed confirms what a later close proposes. */
export type VerifiableItems = string[];

/**
 * The hot wash and the review, minutes after the end: survey answers from the channel (some anonymous), the model
 * answer against the evidence, ratings, starred moments and chosen notes, the retrospective and the plan, then the close.
 */
export async function playReview(cast: DemoCast, story: DemoDrill, played: PlayedDrill, clock: SimulatedClock, endedAt: number): Promise<VerifiableItems> {
  const { drillId, token, keys, seqs } = played;
  const staff: Ctx = { actor: cast.facilitator, tx: cast.tx, now: clock.now };
  const observer: Ctx = { ...staff, actor: cast.observer };
  const participant: Ctx = { ...staff, actor: anonymousActor };
  const seqOf = (label: string) => {
    const seq = seqs.get(label);
    if (seq === undefined) throw new Error(`demo story ${story.key}: no event labelled ${label}`);
    return seq;
  };
  const after = (minutes: number) => clock.to(endedAt + minutes);
  const { review } = story;

  for (const [index, reply] of review.survey.entries()) {
    after(2 + index * 1.5);
    const answers = { difficulty: { score: reply.difficulty }, usefulness: { score: reply.usefulness }, enjoyment: { score: reply.enjoyment }, ...(reply.change ? { change: { text: reply.change } } : {}), ...(reply.keep ? { keep: { text: reply.keep } } : {}) };
    await answerSurveyInChannel({ ctx: participant, input: { token, secret: keys.get(reply.who)!, data: { anonymous: reply.anonymous ?? false, answers } } });
  }
  after(15);
  await beginReview({ ctx: staff, input: { drillId } });
  await revealAnswer({ ctx: staff, input: { drillId } });
  for (const link of review.answer) {
    after(18 + link.step);
    await linkAnswer({ ctx: staff, input: { drillId, step: link.step, data: { verdict: link.verdict, evidenceSeqs: (link.evidence ?? []).map(seqOf), note: link.note ?? "" } } });
  }
  for (const rating of review.ratings) {
    after(28);
    await rateObjective({ ctx: staff, input: { drillId, objectiveId: rating.objective, data: { rating: rating.rating, reason: rating.reason } } });
  }
  for (const label of review.stars) await starMoment({ ctx: observer, input: { drillId, seq: seqOf(label), data: { starred: true } } });
  for (const label of review.picks) await pickNote({ ctx: observer, input: { drillId, seq: seqOf(label), data: { picked: true } } });
  after(35);
  for (const entry of review.retro) {
    await addRetroItem({ ctx: observer, input: { drillId, data: { category: entry.category, audience: entry.audience ?? "everyone", text: entry.text, noteSeqs: (entry.notes ?? []).map(seqOf) } } });
  }
  after(45);
  const verifiable: VerifiableItems = [];
  for (const action of review.actions) {
    const dueDate = todayIn("UTC", new Date(clock.now().getTime() + action.dueInDays * DAY_MS));
    const item = await createItem({
      ctx: staff,
      input: {
        data: {
          drillId,
          title: action.title,
          owner: action.owner,
          category: action.category,
          priority: action.priority,
          audience: action.audience ?? "everyone",
          dueDate,
          ...(action.verifyMilestone ? { verifyScenarioId: story.scenarioId, verifyMilestone: action.verifyMilestone } : {}),
        },
      },
    });
    if (action.verifyMilestone) verifiable.push(item.id);
    if (action.status) await updateItem({ ctx: staff, input: { id: item.id, data: { status: action.status } } });
  }
  after(50);
  await closeDrill({ ctx: staff, input: { drillId }, options: { deferPdf: true } });
  return verifiable;
}
