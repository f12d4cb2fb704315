import { ErrorCode, type WebAPIPlatformError, type WebAPIRateLimitedError } from "@slack/web-api";
import pLimit from "p-limit";
import type { Tx } from "../../context/transaction";
import { logger } from "../../logger";
import type { ChannelPost, ChannelRef, ChatPerson, ChatPort } from "../port";
import { abortedMessage, alertMessage, briefingMessage, closedMessage, escalationMessage, hintMessage, revealMessage, rosterMessage, summaryMessage } from "./blocks";
import { slackClient } from "./client";
import { requireSlackConfig } from "./config";
import { truncateMrkdwn } from "./blocks/limits";
import { feedbackMessage } from "./blocks/feedback";
import { drillSummary } from "./drill-summary";
import { escapeMrkdwn } from "./mrkdwn";
import { enqueueSlackOps } from "./outbox/enqueue";
import type { SlackOp } from "./outbox/ops";
import { isSlackUserId } from "./slack-ids";

const DRILL_TOPIC = "🚧 DRILL: not a real incident";
// users.lookupByEmail is a Tier 3 method: a 200-person roster at once would be rate limited.
const LOOKUPS_AT_ONCE = 4;
const LOOKUP_ATTEMPTS = 3;

/** The drill's channel in Slack. Everything said is queued in the drill's outbox and sent in order after the commit. */
export const slackChat: ChatPort = {
  provider: "slack",

  async queue(tx, channel, post) {
    await enqueueSlackOps(tx, channel.drillId, await opsFor(tx, channel, post));
  },

  async findPeople(people) {
    const slots = pLimit(LOOKUPS_AT_ONCE);
    return Promise.all(people.map((person) => (person.slackId || !person.email ? person : slots(async () => ({ ...person, slackId: await lookUpByEmail(person.email!) })))));
  },

  canInvite: (person) => isSlackUserId(person.slackId),
};

async function opsFor(tx: Tx, channel: ChannelRef, post: ChannelPost): Promise<SlackOp[]> {
  switch (post.kind) {
    case "briefing": {
      const config = requireSlackConfig();
      const at = new Date().toISOString();
      return [
        { kind: "create_channel", title: post.publicTitle, pattern: config.channelPattern, at },
        { kind: "set_topic", topic: truncateMrkdwn(`${DRILL_TOPIC} · ${escapeMrkdwn(post.publicTitle)}`, 250) },
        { kind: "set_purpose", purpose: truncateMrkdwn(`Incident drill "${escapeMrkdwn(post.publicTitle)}", run from drillroom. Everything in this channel is an exercise.`, 250) },
        { kind: "post", ref: "briefing", ...briefingMessage({ drillTitle: post.publicTitle, text: post.text, timeBoxMinutes: post.timeBoxMinutes }) },
      ];
    }
    case "alert":
      return [{ kind: "post", ref: `alert:${post.alert.id}`, ...alertMessage({ drillId: channel.drillId, alert: post.alert }) }];
    case "acknowledged":
      return [{ kind: "update", ref: `alert:${post.alertId}`, ...alertMessage({ drillId: channel.drillId, alert: post.alert, acknowledgedBy: { name: post.by, atLabel: post.atLabel } }) }];
    case "hint":
      return [{ kind: "post", ...hintMessage({ number: post.number, text: post.text }) }];
    case "roster":
      return [...inviteOp(post.people), { kind: "post", ...rosterMessage({ people: post.people.map(personShown), notFound: post.notFound ?? [] }) }];
    case "escalation":
      return [...inviteOp(post.people), { kind: "post", ...escalationMessage({ team: post.team, people: post.people.map(personShown) }) }];
    case "ended":
    case "aborted":
      return endOps(tx, channel, post);
    case "feedback":
      return [{ kind: "post", ref: "feedback", ...feedbackMessage({ drillId: channel.drillId }) }];
    case "reveal":
      return [{ kind: "post", ref: "reveal", ...revealMessage({ rootCause: post.rootCause, modelAnswer: post.modelAnswer }) }];
    case "closed": {
      const { archiveOnClose } = requireSlackConfig();
      // Closed again after a reopen: the channel was archived at the first close, and nobody reads it any more.
      if ((await tx.slackChannel.findUnique({ where: { drillId: channel.drillId }, select: { archivedAt: true } }))?.archivedAt) return [];
      return [{ kind: "post", ref: "closed", ...closedMessage({ reportUrl: post.reportUrl, archiving: archiveOnClose }) }, ...(archiveOnClose ? [{ kind: "archive" } as const] : [])];
    }
  }
}

/** The end posts the summary; the channel stays open through the review (the reveal is said here) and is archived at the close. */
async function endOps(tx: Tx, channel: ChannelRef, post: Extract<ChannelPost, { kind: "ended" | "aborted" }>): Promise<SlackOp[]> {
  const summary = await drillSummary(tx, channel.drillId);
  const ops: SlackOp[] = [];
  if (post.kind === "aborted") ops.push({ kind: "post", ...abortedMessage({ note: post.note }) });
  ops.push({ kind: "post", ref: "summary", ...summaryMessage({ ...summary, archiving: false, note: post.kind === "ended" ? post.note : undefined }) });
  return ops;
}

function inviteOp(people: ChatPerson[]): SlackOp[] {
  const userIds = [...new Set(people.map((person) => person.slackId).filter(isSlackUserId))];
  return userIds.length ? [{ kind: "invite", userIds }] : [];
}

function personShown(person: ChatPerson) {
  return { name: person.name, role: person.role, team: person.team ?? undefined, slackId: person.slackId ?? undefined };
}

async function lookUpByEmail(email: string, attempt = 1): Promise<string | null> {
  try {
    const answer = await slackClient().users.lookupByEmail({ email });
    return answer.user?.id ?? null;
  } catch (error) {
    const failure = error as WebAPIPlatformError | WebAPIRateLimitedError;
    if (failure.code === ErrorCode.RateLimitedError && attempt < LOOKUP_ATTEMPTS) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, failure.retryAfter) * 1000));
      return lookUpByEmail(email, attempt + 1);
    }
    if (failure.code !== ErrorCode.PlatformError || failure.data?.error !== "users_not_found")
      logger.warn({ err: error }, "Slack user lookup failed; the person is kept without a Slack id");
    return null;
  }
}
