/** A person filling in and submitting a modal: a signed view_submission, and what Slack's client does with the app's answer. */
import { encodeInteractionBody } from "../envelopes";
import { triggerId } from "../ids";
import type { Block, DeliveryResult, OpenView, ViewOutcome } from "../types";
import { replacementView } from "../web-api/views";
import { EmulatorError } from "../workspace";
import { type DriverDeps, requireUser } from "./deps";

/** What the person enters, by block_id: text for text inputs, an option's value for radio buttons and selects, values for checkboxes; null clears. */
export type ViewFill = Record<string, string | string[] | null>;

export interface SubmitOptions {
  values?: ViewFill;
  /** Send the submission even with required inputs left empty, as only a tampered client would: for testing the app's own checks. */
  unchecked?: boolean;
}

export interface ViewSubmissionResult extends DeliveryResult {
  viewId: string;
  outcome: ViewOutcome;
}

type Json = Record<string, unknown>;
type ElementState = Json & { type: string };

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function optionsOf(element: Json): Json[] {
  return Array.isArray(element.options) ? element.options.filter(isObject) : [];
}

function pickOption(element: Json, value: string, blockId: string): Json {
  const option = optionsOf(element).find((candidate) => candidate.value === value);
  if (!option) throw new EmulatorError(`block ${blockId} has no option with value ${JSON.stringify(value)}`);
  return option;
}

/** What an element holds before the person touches it: its initial_* value, in the shape view.state.values uses. */
function initialState(element: Json): ElementState {
  const type = String(element.type);
  switch (type) {
    case "radio_buttons":
    case "static_select":
      return { type, selected_option: isObject(element.initial_option) ? element.initial_option : null };
    case "checkboxes":
    case "multi_static_select":
      return { type, selected_options: Array.isArray(element.initial_options) ? element.initial_options : [] };
    default:
      return { type, value: typeof element.initial_value === "string" ? element.initial_value : null };
  }
}

/** The person's entry for one element, shaped as Slack documents view.state.values per element type. */
function filledState(element: Json, entry: string | string[] | null, blockId: string): ElementState {
  const type = String(element.type);
  switch (type) {
    case "radio_buttons":
    case "static_select":
      if (Array.isArray(entry)) throw new EmulatorError(`block ${blockId} (${type}) takes one option value`);
      return { type, selected_option: entry === null ? null : pickOption(element, entry, blockId) };
    case "checkboxes":
    case "multi_static_select": {
      const values = entry === null ? [] : Array.isArray(entry) ? entry : [entry];
      return { type, selected_options: values.map((value) => pickOption(element, value, blockId)) };
    }
    default:
      if (Array.isArray(entry)) throw new EmulatorError(`block ${blockId} (${type}) takes text`);
      return { type, value: entry === null || entry === "" ? null : entry };
  }
}

function isEmpty(state: ElementState): boolean {
  if ("selected_options" in state) return !Array.isArray(state.selected_options) || state.selected_options.length === 0;
  if ("selected_option" in state) return state.selected_option === null;
  return state.value === null || state.value === "";
}

function inputBlocks(blocks: Block[]): (Block & { element: Json })[] {
  return blocks.filter((block): block is Block & { element: Json } => block.type === "input" && isObject(block.element));
}

/** view.state.values after this fill: what the modal showed (initial values, or what was entered before an error), then the new entries. */
function stateValues(open: OpenView, fill: ViewFill, unchecked: boolean): Record<string, Record<string, ElementState>> {
  const inputs = inputBlocks(open.view.blocks);
  const known = new Set(inputs.map((block) => block.block_id));
  for (const blockId of Object.keys(fill)) if (!known.has(blockId)) throw new EmulatorError(`view ${open.view.id} has no input block ${blockId}`, 404);
  const previous = isObject(open.view.state) && isObject(open.view.state.values) ? (open.view.state.values as Record<string, Record<string, ElementState>>) : {};
  const values: Record<string, Record<string, ElementState>> = {};
  const missing: string[] = [];
  for (const block of inputs) {
    const blockId = block.block_id!;
    const actionId = String(block.element.action_id);
    const entry = fill[blockId];
    const state = entry !== undefined ? filledState(block.element, entry, blockId) : (previous[blockId]?.[actionId] ?? initialState(block.element));
    if (block.optional !== true && isEmpty(state)) missing.push(blockId);
    values[blockId] = { [actionId]: state };
  }
  // Slack's client will not send a form with a required input left empty; it marks the field instead.
  if (missing.length > 0 && !unchecked) throw new EmulatorError(`Slack would not submit view ${open.view.id}: required input(s) empty: ${missing.join(", ")}`);
  return values;
}

/** What Slack does with the app's answer to a submission. */
function outcomeOf(deps: DriverDeps, open: OpenView, delivery: DeliveryResult): ViewOutcome {
  if (!delivery.delivered) {
    const timedOut = delivery.attempts.some((attempt) => attempt.error === "http_timeout");
    return { kind: "failed", reason: timedOut ? "the app did not answer within the ack timeout" : `the app answered HTTP ${delivery.status ?? "nothing"}` };
  }
  const body = delivery.body;
  if (body === undefined || body === null || body === "") return { kind: "closed" };
  if (!isObject(body)) return { kind: "failed", reason: "the answer to a view_submission must be empty or a JSON object" };
  switch (body.response_action) {
    case undefined:
      return { kind: "closed" };
    case "clear":
      return { kind: "cleared" };
    case "errors": {
      if (!isObject(body.errors)) return { kind: "failed", reason: "response_action errors without an errors object" };
      const inputs = new Set(inputBlocks(open.view.blocks).map((block) => block.block_id));
      const strange = Object.keys(body.errors).filter((blockId) => !inputs.has(blockId));
      // Slack shows an error for the whole modal when an error names anything but an input block.
      if (strange.length > 0) return { kind: "failed", reason: `errors name blocks that are not input blocks of the view: ${strange.join(", ")}` };
      return { kind: "errors", errors: Object.fromEntries(Object.entries(body.errors).map(([blockId, message]) => [blockId, String(message)])) };
    }
    case "update":
    case "push": {
      const replaced = replacementView(deps.workspace, open, body.view, body.response_action);
      if (replaced.view === null) return { kind: "failed", reason: `the ${body.response_action} view is invalid: ${replaced.problems.join("; ")}` };
      return body.response_action === "update" ? { kind: "updated", view: replaced.view } : { kind: "pushed", view: replaced.view };
    }
    default:
      return { kind: "failed", reason: `unknown response_action ${JSON.stringify(body.response_action)}` };
  }
}

function apply(deps: DriverDeps, open: OpenView, outcome: ViewOutcome, values: Json): void {
  const { workspace } = deps;
  switch (outcome.kind) {
    case "closed":
      open.open = false;
      return;
    case "cleared":
      for (const view of workspace.views.values()) if (view.user === open.user && view.view.root_view_id === open.view.root_view_id) view.open = false;
      return;
    case "updated":
      open.view = outcome.view;
      return;
    case "pushed":
      workspace.views.set(outcome.view.id, { view: { ...outcome.view, previous_view_id: open.view.id }, user: open.user, channel: open.channel, open: true, openedAt: Date.now(), submissions: [] });
      return;
    case "errors":
    case "failed":
      // The modal stays as the person left it, their entries kept.
      open.view.state = { values };
  }
}

/** Submits a modal the person has open. Resolves with the delivery and what became of the modal. */
export async function submitView(deps: DriverDeps, userId: string, viewId: string, options: SubmitOptions = {}): Promise<ViewSubmissionResult> {
  const { workspace } = deps;
  const user = requireUser(workspace, userId);
  const open = workspace.views.get(viewId);
  if (!open || open.user !== user.id) throw new EmulatorError(`user ${user.id} has no view ${viewId}`, 404);
  if (!open.open) throw new EmulatorError(`view ${viewId} is closed`);
  const values = stateValues(open, options.values ?? {}, options.unchecked ?? false);
  const trigger = workspace.issueTrigger({ id: triggerId(), user: user.id, channel: open.channel }).id;
  const payload = {
    type: "view_submission",
    team: { id: workspace.identity.teamId, domain: workspace.identity.teamDomain },
    user: { id: user.id, username: user.name, name: user.name, team_id: workspace.identity.teamId },
    api_app_id: workspace.identity.appId,
    token: deps.verificationToken,
    trigger_id: trigger,
    view: { ...structuredClone(open.view), state: { values } },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  const callbackId = typeof open.view.callback_id === "string" ? open.view.callback_id : "";
  const delivery = await deps.deliverer.deliverForm("view_submission", callbackId, encodeInteractionBody(payload));
  const outcome = outcomeOf(deps, open, delivery);
  open.submissions.push({ at: Date.now(), values, outcome });
  apply(deps, open, outcome, values);
  return { ...delivery, viewId, outcome };
}
