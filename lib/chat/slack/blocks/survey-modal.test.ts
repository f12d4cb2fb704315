import type { InputBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { activeTokens, limitViolations } from "./check-limits";
import { feedbackMessage, parseSurveyOpenValue, SURVEY_OPEN_ACTION } from "./feedback";
import { MODAL_LIMITS, surveyAnswerOfState, surveyErrorsByBlock, surveyFormErrorBlock, surveyModal, type SurveyModalForm, type SurveyModalQuestion } from "./survey-modal";

const scale = (id: string, extra: Partial<SurveyModalQuestion> = {}): SurveyModalQuestion => ({ id, kind: "scale", prompt: `How ${id}?`, low: "Low", high: "High", required: true, ...extra });
const text = (id: string): SurveyModalQuestion => ({ id, kind: "text", prompt: `What ${id}?`, required: false });
const form = (overrides: Partial<SurveyModalForm> = {}): SurveyModalForm => ({ open: true, closedBecause: null, questions: [scale("hard"), text("change")], answered: "no", mine: null, ...overrides });
const meta = { drillId: "clx1", channelId: "C1" };
const inputs = (blocks: { type: string }[]) => blocks.filter((block): block is InputBlock => block.type === "input");

describe("feedbackMessage", () => {
  it("carries a Give feedback button with the drill id, within Block Kit's limits and with no active tokens", () => {
    const message = feedbackMessage({ drillId: "clx1" });
    expect(limitViolations(message)).toEqual([]);
    expect(activeTokens(message)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain(`"action_id":"${SURVEY_OPEN_ACTION}"`);
    expect(parseSurveyOpenValue("clx1")).toBe("clx1");
    for (const garbage of [undefined, 1, "", "a b", "x".repeat(101)]) expect(parseSurveyOpenValue(garbage)).toBeNull();
  });
});

describe("surveyModal", () => {
  it("asks each scale 1–5 with its meaning and an optional why, each text question, and the anonymous choice", () => {
    const view = surveyModal(form(), meta);
    expect(inputs(view.blocks).map((block) => [block.block_id, block.optional, block.element.type])).toEqual([
      ["score:hard", false, "radio_buttons"],
      ["text:hard", true, "plain_text_input"],
      ["text:change", true, "plain_text_input"],
      ["anonymous", true, "checkboxes"],
    ]);
    const options = (inputs(view.blocks)[0]!.element as { options: { value: string; text: { text: string } }[] }).options;
    expect(options.map((option) => option.value)).toEqual(["1", "2", "3", "4", "5"]);
    expect(options[0]!.text.text).toContain("Low");
    expect(JSON.parse(view.private_metadata!)).toEqual(meta);
  });

  it("fills in a named answer and offers no anonymous choice then", () => {
    const view = surveyModal(form({ answered: "named", mine: { hard: { score: 2, text: "tight" }, change: { text: "more hints" } } }), meta);
    const [score, why, change] = inputs(view.blocks);
    expect(score!.element).toMatchObject({ initial_option: { value: "2" } });
    expect(why!.element).toMatchObject({ initial_value: "tight" });
    expect(change!.element).toMatchObject({ initial_value: "more hints" });
    expect(inputs(view.blocks).map((block) => block.block_id)).not.toContain("anonymous");
  });

  it("stays within the modal limits with the most questions and longest prompts a survey can have", () => {
    const long = "é😀".repeat(2000);
    const questions = [...Array.from({ length: 13 }, (_, index) => scale(`s${index}`, { prompt: long, low: long, high: long })), text("t")];
    const view = surveyModal(form({ questions }), { drillId: "x".repeat(100), channelId: "C".repeat(100) });
    expect(view.blocks.length).toBeLessThanOrEqual(MODAL_LIMITS.blocks);
    expect(view.title.text.length).toBeLessThanOrEqual(MODAL_LIMITS.title);
    expect(view.private_metadata!.length).toBeLessThanOrEqual(MODAL_LIMITS.privateMetadata);
    for (const block of inputs(view.blocks)) {
      expect(block.label.text.length).toBeLessThanOrEqual(MODAL_LIMITS.label);
      for (const option of (block.element as { options?: { text: { text: string } }[] }).options ?? []) expect(option.text.text.length).toBeLessThanOrEqual(MODAL_LIMITS.optionText);
    }
  });
});

describe("reading a submission back", () => {
  it("turns view.state.values into scores, texts and the anonymous choice, dropping blanks", () => {
    const values = {
      "score:hard": { score: { type: "radio_buttons", selected_option: { value: "4" } } },
      "text:hard": { text: { type: "plain_text_input", value: "  too many alerts " } },
      "score:other": { score: { type: "radio_buttons", selected_option: null } },
      "text:change": { text: { type: "plain_text_input", value: null } },
      anonymous: { anonymous: { type: "checkboxes", selected_options: [{ value: "anonymous" }] } },
    };
    expect(surveyAnswerOfState(values)).toEqual({ anonymous: true, answers: { hard: { score: 4, text: "too many alerts" } } });
    expect(surveyAnswerOfState({ anonymous: { anonymous: { type: "checkboxes", selected_options: [] } } })).toEqual({ anonymous: false, answers: {} });
  });

  it("puts each problem on the block of its question, and the rest on the form", () => {
    const view = surveyModal(form({ questions: [scale("hard"), scale("fun"), text("change")] }), meta);
    expect(
      surveyErrorsByBlock(view, [
        { path: "answers.fun.score", message: "is required: pick 1 to 5" },
        { path: "answers.change.text", message: "too long" },
        { path: "answers", message: "answer at least one question" },
      ]),
    ).toEqual({ "score:fun": "Is required: pick 1 to 5", "text:change": "Too long", "score:hard": "Answer at least one question" });
    expect(surveyFormErrorBlock(view)).toBe("anonymous");
    expect(surveyFormErrorBlock(surveyModal(form({ answered: "named" }), meta))).toBe("score:hard");
  });
});
