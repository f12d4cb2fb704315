/** Modals: views.open exchanges a click's or command's trigger_id for a modal in that person's client; views.update changes it. */
import { randomBytes } from "node:crypto";
import { nowSeconds, slackId } from "../ids";
import type { OpenView, ViewObject } from "../types";
import type { Workspace } from "../workspace";
import { type ApiArgs, type ApiMethod, jsonArg, optionalString, SlackApiError } from "./context";
import { checkModal } from "./view-checks";

/** "view_too_large: Error returned if the provided view is greater than 250kb." */
const MAX_VIEW_BYTES = 250 * 1024;

function invalidArguments(messages: string[]): SlackApiError {
  return new SlackApiError("invalid_arguments", { response_metadata: { messages } });
}

function viewHash(): string {
  return `${nowSeconds()}.${randomBytes(4).toString("hex")}`;
}

/** The view argument, checked: Slack answers every problem at once in response_metadata.messages. */
function viewArg(args: ApiArgs): { raw: Record<string, unknown>; blocks: ViewObject["blocks"] } {
  const raw = jsonArg(args, "view", "invalid_arguments");
  if (raw === undefined || raw === null) throw invalidArguments(["[ERROR] missing required field: view [json-pointer:/view]"]);
  if (Buffer.byteLength(JSON.stringify(raw)) > MAX_VIEW_BYTES) throw new SlackApiError("view_too_large");
  const { blocks, problems } = checkModal(raw);
  if (problems.length > 0) throw invalidArguments(problems);
  return { raw: raw as Record<string, unknown>, blocks };
}

function externalIdTaken(workspace: Workspace, externalId: unknown, except?: string): boolean {
  if (typeof externalId !== "string" || externalId === "") return false;
  return [...workspace.views.values()].some((open) => open.view.id !== except && open.view.external_id === externalId);
}

/** The view as Slack returns it from views.* and sends it in view_submission. */
function viewObject(workspace: Workspace, id: string, raw: Record<string, unknown>, blocks: ViewObject["blocks"], rootId: string, state: unknown): ViewObject {
  const { botId, appId, teamId } = workspace.identity;
  return {
    id,
    team_id: teamId,
    type: "modal",
    title: raw.title,
    ...(raw.submit ? { submit: raw.submit } : {}),
    close: raw.close ?? { type: "plain_text", text: "Cancel", emoji: true },
    blocks,
    private_metadata: typeof raw.private_metadata === "string" ? raw.private_metadata : "",
    callback_id: typeof raw.callback_id === "string" ? raw.callback_id : "",
    external_id: typeof raw.external_id === "string" ? raw.external_id : "",
    state: state ?? { values: {} },
    hash: viewHash(),
    clear_on_close: raw.clear_on_close === true,
    notify_on_close: raw.notify_on_close === true,
    previous_view_id: null,
    root_view_id: rootId,
    app_id: appId,
    app_installed_team_id: teamId,
    bot_id: botId,
  };
}

/** A view object the app answered a submission with (`response_action: "update"`/`"push"`), checked like views.*. */
export function replacementView(workspace: Workspace, current: OpenView, raw: unknown, kind: "update" | "push"): { view: ViewObject } | { view: null; problems: string[] } {
  const { blocks, problems } = checkModal(raw);
  if (problems.length > 0) return { view: null, problems };
  const id = kind === "update" ? current.view.id : slackId("V");
  return { view: viewObject(workspace, id, raw as Record<string, unknown>, blocks, String(current.view.root_view_id ?? current.view.id), undefined) };
}

const open: ApiMethod = (ctx, args) => {
  const { workspace } = ctx;
  const triggerId = optionalString(args, "trigger_id") ?? optionalString(args, "interactivity_pointer");
  if (!triggerId) throw invalidArguments(["[ERROR] missing required field: trigger_id [json-pointer:/trigger_id]"]);
  const trigger = workspace.triggers.get(triggerId);
  if (!trigger) throw new SlackApiError("invalid_trigger_id");
  if (trigger.exchanged) throw new SlackApiError("exchanged_trigger_id");
  if (Date.now() - trigger.issuedAt > workspace.triggerTtlMs) throw new SlackApiError("expired_trigger_id");
  const { raw, blocks } = viewArg(args);
  if (externalIdTaken(workspace, raw.external_id)) throw new SlackApiError("duplicate_external_id");
  trigger.exchanged = true;
  const id = slackId("V");
  const view = viewObject(workspace, id, raw, blocks, id, undefined);
  workspace.views.set(id, { view, user: trigger.user, channel: trigger.channel, open: true, openedAt: Date.now(), submissions: [] });
  return { view };
};

const update: ApiMethod = (ctx, args) => {
  const { workspace } = ctx;
  const viewId = optionalString(args, "view_id");
  const externalId = optionalString(args, "external_id");
  if (!viewId && !externalId) throw invalidArguments(["[ERROR] missing required field: view_id or external_id [json-pointer:/view_id]"]);
  const target = viewId ? workspace.views.get(viewId) : [...workspace.views.values()].find((candidate) => candidate.view.external_id === externalId);
  if (!target) throw new SlackApiError("not_found");
  const hash = optionalString(args, "hash");
  if (hash && hash !== target.view.hash) throw new SlackApiError("hash_conflict");
  const { raw, blocks } = viewArg(args);
  if (externalIdTaken(workspace, raw.external_id, target.view.id)) throw new SlackApiError("duplicate_external_id");
  // The person's inputs survive an update, as in Slack, for blocks that keep their block_id.
  target.view = viewObject(workspace, target.view.id, raw, blocks, String(target.view.root_view_id ?? target.view.id), target.view.state);
  return { view: target.view };
};

export const viewMethods: Record<string, ApiMethod> = {
  "views.open": open,
  "views.update": update,
};
