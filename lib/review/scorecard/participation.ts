import type { EventOf, ScannedTimeline } from "./scan";
import type { EscalationScore, ParticipantScore, Reference } from "./types";

/** A message from a person in the channel (built-in or Slack), not from staff or another integration's bot. */
export function isPersonMessage(event: EventOf<"chat.message">): boolean {
  return event.actor.type === "participant" && !event.body.botId;
}

interface Speaker {
  score: ParticipantScore;
  firstSeq: number;
}

/** Who spoke during the drill (the hot wash after the end is not a response), earliest responder first; and every escalation. */
export function scoreParticipation(scan: ScannedTimeline, reference: Reference): { people: ParticipantScore[]; escalations: EscalationScore[] } {
  const speakers = new Map<string, Speaker>();
  for (const event of scan.of("chat.message")) {
    if (!scan.during(event) || !isPersonMessage(event)) continue;
    const key = event.actor.id ?? `name:${event.actor.name}`;
    const offsetMs = event.offsetMs!;
    const speaker = speakers.get(key);
    if (!speaker) {
      speakers.set(key, { score: { name: event.actor.name, participantId: event.body.participantId ?? event.actor.id, messages: 1, firstMessageOffsetMs: offsetMs, firstResponseMs: null }, firstSeq: event.id });
      continue;
    }
    speaker.score.messages += 1;
    if (offsetMs < speaker.score.firstMessageOffsetMs!) {
      speaker.score.firstMessageOffsetMs = offsetMs;
      speaker.firstSeq = event.id;
    }
  }
  const people = [...speakers.values()]
    .sort((a, b) => a.score.firstMessageOffsetMs! - b.score.firstMessageOffsetMs! || a.firstSeq - b.firstSeq)
    .map(({ score }) => ({ ...score, firstResponseMs: score.firstMessageOffsetMs! - reference.offsetMs }));
  const escalations = scan.of("team.escalated").map((event) => ({ team: event.body.team, people: event.body.people, by: event.actor.name, offsetMs: event.offsetMs, seq: event.id }));
  return { people, escalations };
}
