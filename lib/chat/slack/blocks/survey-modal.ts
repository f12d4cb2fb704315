import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from "@slack/types";
import { z } from "zod";
import { escapeMrkdwn } from "../mrkdwn";
import { truncate, truncateMrkdwn } from "./limits";

/** The callback_id of the survey modal; the Slack listener handles its view_submission. */
export const SURVEY_CALLBACK_ID = "drill_survey";

/** Modal limits (https://docs.slack.dev/reference/views/modal-views, input block, plain_text_input, option objects). */
export const MODAL_LIMITS = { title: 24, button: 24, blocks: 100, label: 2000, hint: 2000, optionText: 75, privateMetadata: 3000, textAnswer: 2000 } as const;

const SCORES = [1, 2, 3, 4, 5] as const;
const ANONYMOUS_BLOCK = "anonymous";
const ANONYMOUS_VALUE = "anonymous";

/** One question as the modal shows it (lib/survey's SurveyQuestion has this shape). */
export interface SurveyModalQuestion {
  id: string;
  kind: "scale" | "text";
  prompt: string;
  low?: string;
  high?: string;
  required: boolean;
}

/** The survey as the clicking person sees it (lib/survey's SurveyForm has this shape). */
export interface SurveyModalForm {
  open: boolean;
  closedBecause: string | null;
  questions: SurveyModalQuestion[];
  answered: "no" | "named" | "anonymous";
  mine: Record<string, { score?: number; text?: string }> | null;
}

const metadataSchema = z.object({ drillId: z.string().min(1).max(100), channelId: z.string().min(1).max(100) });
export type SurveyModalMetadata = z.infer<typeof metadataSchema>;

export function parseSurveyModalMetadata(raw: unknown): SurveyModalMetadata | null {
  if (typeof raw !== "string") return null;
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// Slack decodes &amp; &lt; &gt; in plain_text too, so authored text is escaped like mrkdwn.
const plain = (text: string, max: number) => ({ type: "plain_text" as const, text: truncateMrkdwn(escapeMrkdwn(text.trim()) || "—", max), emoji: true });

/** Block ids carry the question id, so a submission and a problem path both lead back to the question. */
export const scoreBlockId = (questionId: string) => `score:${questionId}`;
export const textBlockId = (questionId: string) => `text:${questionId}`;

function scoreOption(score: number, question: SurveyModalQuestion): PlainTextOption {
  const meaning = score === 1 ? question.low : score === 5 ? question.high : undefined;
  return { text: plain(meaning ? `${score} · ${meaning}` : String(score), MODAL_LIMITS.optionText), value: String(score) };
}

function scaleBlocks(question: SurveyModalQuestion, mine: { score?: number; text?: string } | undefined): InputBlock[] {
  const options = SCORES.map((score) => scoreOption(score, question));
  const initial = mine?.score === undefined ? undefined : options[mine.score - 1];
  const hint = question.low && question.high ? `1 = ${question.low}, 5 = ${question.high}` : "1 (lowest) to 5 (highest)";
  return [
    {
      type: "input",
      block_id: scoreBlockId(question.id),
      optional: !question.required,
      label: plain(question.prompt, MODAL_LIMITS.label),
      hint: plain(hint, MODAL_LIMITS.hint),
      element: { type: "radio_buttons", action_id: "score", options, ...(initial ? { initial_option: initial } : {}) },
    },
    {
      type: "input",
      block_id: textBlockId(question.id),
      optional: true,
      label: plain(`Why? (${question.prompt})`, MODAL_LIMITS.label),
      element: { type: "plain_text_input", action_id: "text", multiline: true, max_length: MODAL_LIMITS.textAnswer, ...(mine?.text ? { initial_value: mine.text } : {}) },
    },
  ];
}

function textBlock(question: SurveyModalQuestion, mine: { text?: string } | undefined): InputBlock {
  return {
    type: "input",
    block_id: textBlockId(question.id),
    optional: true,
    label: plain(question.prompt, MODAL_LIMITS.label),
    element: { type: "plain_text_input", action_id: "text", multiline: true, max_length: MODAL_LIMITS.textAnswer, ...(mine?.text ? { initial_value: mine.text } : {}) },
  };
}

const anonymousBlock: InputBlock = {
  type: "input",
  block_id: ANONYMOUS_BLOCK,
  optional: true,
  label: plain("Anonymity", MODAL_LIMITS.label),
  element: {
    type: "checkboxes",
    action_id: "anonymous",
    options: [
      {
        text: plain("Answer anonymously", MODAL_LIMITS.optionText),
        description: plain("Nothing links it to you; it cannot be edited", MODAL_LIMITS.optionText),
        value: ANONYMOUS_VALUE,
      },
    ],
  },
};

/** The survey as a modal: each scale 1–5 with an optional "why", each text question, and the choice to answer anonymously. */
export function surveyModal(form: SurveyModalForm, metadata: SurveyModalMetadata): ModalView {
  const named = form.answered === "named";
  const intro: KnownBlock = {
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        verbatim: true,
        text: named
          ? "You answered under your name: this edits your answer until the drill closes."
          : "Answer under your name (you can edit it until the drill closes) or anonymously (final, and shown only once 3 people have answered).",
      },
    ],
  };
  const questions = form.questions.flatMap((question) => (question.kind === "scale" ? scaleBlocks(question, form.mine?.[question.id]) : [textBlock(question, form.mine?.[question.id])]));
  return {
    type: "modal",
    callback_id: SURVEY_CALLBACK_ID,
    private_metadata: JSON.stringify(metadata),
    title: plain("How did it go?", MODAL_LIMITS.title),
    submit: plain(named ? "Save" : "Send", MODAL_LIMITS.button),
    close: plain("Cancel", MODAL_LIMITS.button),
    // A named answer stays named: the anonymous choice is only offered to someone who has not answered.
    blocks: [intro, ...questions, ...(named ? [] : [anonymousBlock])].slice(0, MODAL_LIMITS.blocks),
  };
}

type StateValue = { type?: string; value?: string | null; selected_option?: { value?: string } | null; selected_options?: { value?: string }[] };

/** view.state.values turned into the survey verb's input: a score and/or a text per question, and the anonymous choice. */
export function surveyAnswerOfState(values: Record<string, Record<string, StateValue>>): { anonymous: boolean; answers: Record<string, { score?: number; text?: string }> } {
  const answers: Record<string, { score?: number; text?: string }> = {};
  const answerFor = (id: string) => (answers[id] ??= {});
  let anonymous = false;
  for (const [blockId, actions] of Object.entries(values)) {
    const state = Object.values(actions)[0];
    if (!state) continue;
    if (blockId === ANONYMOUS_BLOCK) anonymous = (state.selected_options ?? []).some((option) => option.value === ANONYMOUS_VALUE);
    else if (blockId.startsWith("score:")) {
      const picked = state.selected_option?.value;
      if (picked) answerFor(blockId.slice("score:".length)).score = Number(picked);
    } else if (blockId.startsWith("text:")) {
      const text = state.value?.trim();
      if (text) answerFor(blockId.slice("text:".length)).text = text;
    }
  }
  for (const [id, answer] of Object.entries(answers)) if (Object.keys(answer).length === 0) delete answers[id];
  return { anonymous, answers };
}

/** A submitted view as Bolt hands it over: only its blocks' types and ids matter here. */
type SubmittedView = { blocks: readonly { type: string; block_id?: string }[] };

const inputBlockIds = (view: SubmittedView) => view.blocks.filter((block) => block.type === "input" && block.block_id).map((block) => block.block_id!);

/**
 * The verb's problems (paths like `answers.difficulty.score`) as Slack's `response_action: "errors"`, by the
 * input block they concern; a problem no block answers for goes on the first input block, so it is always shown.
 */
export function surveyErrorsByBlock(view: SubmittedView, problems: { path: string; message: string }[]): Record<string, string> {
  const inputs = inputBlockIds(view);
  const errors: Record<string, string> = {};
  for (const { path, message } of problems) {
    const [, questionId, field] = /^answers\.([^.]+)(?:\.(score|text))?$/.exec(path) ?? [];
    const candidates = questionId ? (field === "text" ? [textBlockId(questionId)] : [scoreBlockId(questionId), textBlockId(questionId)]) : path === "anonymous" ? [ANONYMOUS_BLOCK] : [];
    const blockId = candidates.find((candidate) => inputs.includes(candidate)) ?? inputs[0];
    if (blockId && !errors[blockId]) errors[blockId] = truncate(message.charAt(0).toUpperCase() + message.slice(1), MODAL_LIMITS.hint);
  }
  return errors;
}

/** Where a refusal of the whole answer (already answered anonymously, the survey closed) is shown in the form. */
export function surveyFormErrorBlock(view: SubmittedView): string | null {
  const inputs = inputBlockIds(view);
  return inputs.includes(ANONYMOUS_BLOCK) ? ANONYMOUS_BLOCK : (inputs[0] ?? null);
}
