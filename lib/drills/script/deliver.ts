import type { ChannelPost } from "../../chat/port";
import type { Ctx } from "../../context";
import { nowOf } from "../../context";
import type { Tx } from "../../context/transaction";
import type { Hint, ScriptedAlert } from "../../scenarios/schemas";
import { appendEvent } from "../../timeline/append";
import type { TimelineEventView } from "../../timeline/events";
import type { LockedDrill } from "../internal/lock";
import { assertNotYet } from "../internal/mutate";
import { markFired } from "./items";

export interface Delivery {
  event: TimelineEventView;
  post: ChannelPost;
}

/** Puts a scripted alert on the timeline (inside the caller's transaction); the caller posts `post` after commit. */
export async function deliverAlert(tx: Tx, ctx: Ctx, drill: LockedDrill, alert: ScriptedAlert, early = false): Promise<Delivery> {
  const ref = `alert:${alert.id}`;
  await assertNotYet(tx, drill.id, ref, `Alert "${alert.title}"`);
  const { source, severity, title, body } = alert;
  const event = await appendEvent(tx, ctx, drill.id, { kind: "alert.fired", ref, body: { alertId: alert.id, source, severity, title, body, ...(early ? { early } : {}) } });
  await markFired(tx, drill.id, "alert", alert.id, nowOf(ctx));
  return { event, post: { kind: "alert", alert } };
}

export async function deliverHint(tx: Tx, ctx: Ctx, drill: LockedDrill, hint: Hint, early = false): Promise<Delivery> {
  const ref = `hint:${hint.id}`;
  const number = drill.script.hints.indexOf(hint) + 1;
  await assertNotYet(tx, drill.id, ref, `Releasing hint ${number}`);
  const event = await appendEvent(tx, ctx, drill.id, { kind: "hint.released", ref, body: { hintId: hint.id, number, text: hint.text, ...(early ? { early } : {}) } });
  await markFired(tx, drill.id, "hint", hint.id, nowOf(ctx));
  return { event, post: { kind: "hint", number, text: hint.text } };
}

export function channelOf(drill: LockedDrill) {
  return { drillId: drill.id, channelToken: drill.channelToken, provider: drill.chatProvider };
}
