/**
 * A modal view as Slack checks it before showing it (https://docs.slack.dev/reference/views/modal-views,
 * https://docs.slack.dev/reference/block-kit/blocks/input-block). Problems come back as Slack words them in
 * `response_metadata.messages`: "[ERROR] <what> [json-pointer:<where>]".
 */
import { slackId } from "../ids";
import type { Block } from "../types";

const VIEW_BLOCK_TYPES = new Set(["actions", "context", "divider", "file", "header", "image", "input", "markdown", "rich_text", "section", "video"]);
const INPUT_ELEMENTS = new Set([
  "plain_text_input",
  "radio_buttons",
  "static_select",
  "multi_static_select",
  "checkboxes",
  "datepicker",
  "timepicker",
  "datetimepicker",
  "email_text_input",
  "number_input",
  "url_text_input",
  "users_select",
  "conversations_select",
  "channels_select",
]);
/** How many options each element takes. */
const MAX_OPTIONS: Record<string, number> = { radio_buttons: 10, checkboxes: 10, static_select: 100, multi_static_select: 100 };

export const VIEW_LIMITS = { title: 24, submit: 24, close: 24, blocks: 100, callbackId: 255, privateMetadata: 3000, externalId: 255, label: 2000, hint: 2000, blockId: 255, actionId: 255, optionText: 75, optionValue: 150, textInput: 3000 } as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

class Problems {
  readonly messages: string[] = [];
  add(message: string, pointer: string): void {
    this.messages.push(`[ERROR] ${message} [json-pointer:${pointer}]`);
  }
  /** A plain_text object no longer than `max`; `required` when the field must be there. */
  plainText(value: unknown, max: number, pointer: string, required: boolean): void {
    if (value === undefined) {
      if (required) this.add("missing required field: text", pointer);
      return;
    }
    if (!isObject(value) || value.type !== "plain_text") return this.add("must be a plain_text text object", pointer);
    if (typeof value.text !== "string" || value.text.length === 0) return this.add("must be more than 0 characters", `${pointer}/text`);
    if (value.text.length > max) this.add(`must be less than ${max + 1} characters`, `${pointer}/text`);
  }
  string(value: unknown, max: number, pointer: string): void {
    if (value === undefined) return;
    if (typeof value !== "string") return this.add("must be a string", pointer);
    if (value.length > max) this.add(`must be less than ${max + 1} characters`, pointer);
  }
}

function optionValues(options: unknown, problems: Problems, pointer: string, max: number): Set<string> {
  const values = new Set<string>();
  if (!Array.isArray(options) || options.length === 0) {
    problems.add("must provide at least 1 option", pointer);
    return values;
  }
  if (options.length > max) problems.add(`must be less than ${max + 1} items`, pointer);
  options.forEach((option: unknown, index) => {
    const at = `${pointer}/${index}`;
    if (!isObject(option)) return problems.add("must be an option object", at);
    if (!isObject(option.text) || typeof option.text.text !== "string" || option.text.text.length === 0) problems.add("missing required field: text", `${at}/text`);
    else if (option.text.text.length > VIEW_LIMITS.optionText) problems.add(`must be less than ${VIEW_LIMITS.optionText + 1} characters`, `${at}/text/text`);
    if (typeof option.value !== "string" || option.value.length === 0) problems.add("missing required field: value", `${at}/value`);
    else if (option.value.length > VIEW_LIMITS.optionValue) problems.add(`must be less than ${VIEW_LIMITS.optionValue + 1} characters`, `${at}/value`);
    else values.add(option.value);
  });
  return values;
}

function checkElement(element: unknown, problems: Problems, pointer: string): Json | undefined {
  if (!isObject(element) || typeof element.type !== "string") {
    problems.add("missing required field: element", pointer);
    return undefined;
  }
  if (!INPUT_ELEMENTS.has(element.type)) {
    problems.add(`unsupported type: ${element.type}`, `${pointer}/type`);
    return undefined;
  }
  problems.string(element.action_id, VIEW_LIMITS.actionId, `${pointer}/action_id`);
  const max = MAX_OPTIONS[element.type];
  if (max !== undefined) {
    const values = optionValues(element.options, problems, `${pointer}/options`, max);
    const initial = [...(isObject(element.initial_option) ? [element.initial_option] : []), ...(Array.isArray(element.initial_options) ? element.initial_options : [])];
    for (const option of initial) if (!isObject(option) || typeof option.value !== "string" || !values.has(option.value)) problems.add("must match one of the options", `${pointer}/initial_option`);
  }
  if (element.type === "plain_text_input") {
    if (typeof element.max_length === "number" && element.max_length > VIEW_LIMITS.textInput) problems.add(`must be less than ${VIEW_LIMITS.textInput + 1}`, `${pointer}/max_length`);
    if (typeof element.initial_value === "string" && typeof element.max_length === "number" && element.initial_value.length > element.max_length) problems.add("must not be longer than max_length", `${pointer}/initial_value`);
  }
  return element;
}

/**
 * The view checked and filled in as Slack stores it (a block_id on every block, an action_id on every input
 * element), or the problems Slack would answer `invalid_arguments` with.
 */
export function checkModal(value: unknown): { blocks: Block[]; problems: string[]; hasInputs: boolean } {
  const problems = new Problems();
  if (!isObject(value)) {
    problems.add("must be a view object", "/view");
    return { blocks: [], problems: problems.messages, hasInputs: false };
  }
  if (value.type !== "modal") problems.add("must be one of [modal]", "/view/type");
  problems.plainText(value.title, VIEW_LIMITS.title, "/view/title", true);
  problems.plainText(value.submit, VIEW_LIMITS.submit, "/view/submit", false);
  problems.plainText(value.close, VIEW_LIMITS.close, "/view/close", false);
  problems.string(value.callback_id, VIEW_LIMITS.callbackId, "/view/callback_id");
  problems.string(value.private_metadata, VIEW_LIMITS.privateMetadata, "/view/private_metadata");
  problems.string(value.external_id, VIEW_LIMITS.externalId, "/view/external_id");

  const blocks: Block[] = [];
  let hasInputs = false;
  if (!Array.isArray(value.blocks)) problems.add("missing required field: blocks", "/view/blocks");
  else {
    if (value.blocks.length > VIEW_LIMITS.blocks) problems.add(`must be less than ${VIEW_LIMITS.blocks + 1} items`, "/view/blocks");
    const seen = new Set<string>();
    value.blocks.forEach((raw: unknown, index) => {
      const pointer = `/view/blocks/${index}`;
      if (!isObject(raw) || typeof raw.type !== "string" || !VIEW_BLOCK_TYPES.has(raw.type)) return problems.add("unsupported block type", `${pointer}/type`);
      problems.string(raw.block_id, VIEW_LIMITS.blockId, `${pointer}/block_id`);
      const blockId = typeof raw.block_id === "string" ? raw.block_id : slackId("", 5);
      if (seen.has(blockId)) problems.add(`duplicate block_id: ${blockId}`, `${pointer}/block_id`);
      seen.add(blockId);
      const block: Block = { ...raw, type: raw.type, block_id: blockId };
      if (raw.type === "input") {
        hasInputs = true;
        problems.plainText(raw.label, VIEW_LIMITS.label, `${pointer}/label`, true);
        problems.plainText(raw.hint, VIEW_LIMITS.hint, `${pointer}/hint`, false);
        const element = checkElement(raw.element, problems, `${pointer}/element`);
        if (element) block.element = { ...element, action_id: typeof element.action_id === "string" ? element.action_id : slackId("", 5) };
      }
      blocks.push(block);
    });
  }
  if (hasInputs && value.submit === undefined) problems.add("must provide a submit property when using input blocks", "/view");
  return { blocks, problems: problems.messages, hasInputs };
}
