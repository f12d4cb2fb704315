import type { KnownBlock } from "@slack/types";
import { z } from "zod";
import { storable } from "../../../input/text";

const block = z.custom<KnownBlock>((value) => typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string", "must be a Block Kit block");
const message = { text: storable(), blocks: z.array(block) };

/** One Slack Web API call, as stored in the outbox: retrying it must never do it twice in effect. */
export const slackOpSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("create_channel"), title: storable(), pattern: storable(), at: storable() }),
  z.object({ kind: z.literal("set_topic"), topic: storable() }),
  z.object({ kind: z.literal("set_purpose"), purpose: storable() }),
  z.object({ kind: z.literal("invite"), userIds: z.array(storable()).min(1) }),
  /** `ref` names what the message announces (`alert:<id>`), so a later `update` can find it. */
  z.object({ kind: z.literal("post"), ref: storable().optional(), ...message }),
  z.object({ kind: z.literal("update"), ref: storable(), ...message }),
  z.object({ kind: z.literal("archive") }),
]);

export type SlackOp = z.infer<typeof slackOpSchema>;

export const OUTBOX_CHANNEL = "drillroom_outbox";

/** What the control room shows for an op still waiting. */
export function describeOp(op: SlackOp): string {
  switch (op.kind) {
    case "create_channel":
      return "Create the channel";
    case "set_topic":
      return "Set the channel topic";
    case "set_purpose":
      return "Set the channel purpose";
    case "invite":
      return `Invite ${op.userIds.length} ${op.userIds.length === 1 ? "person" : "people"}`;
    case "post":
      return `Post: ${op.text.slice(0, 80)}`;
    case "update":
      return `Update: ${op.text.slice(0, 80)}`;
    case "archive":
      return "Archive the channel";
  }
}
