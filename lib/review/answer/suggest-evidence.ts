import type { EventKind, TimelineEventView } from "../../timeline/events";
import type { EventQuote } from "../report/types";
import { quoteEvent } from "./quote";
import { sameWord, stemKey, words } from "./words";

/** What can show a step was done: what people said and did. Never notes (opinions about it) or the review's own events. */
const EVIDENCE_KINDS: ReadonlySet<EventKind> = new Set<EventKind>(["chat.message", "injection.executed", "rollback.executed", "milestone.recorded", "alert.acknowledged", "team.escalated"]);

interface EvidenceIndex {
  quotes: EventQuote[];
  /** Stem key → word → the candidates (indices into `quotes`) that use it. */
  byStem: Map<string, Map<string, number[]>>;
}

// The debrief asks for every step of the model answer against one timeline: index it once per events array.
const indexes = new WeakMap<readonly TimelineEventView[], EvidenceIndex>();

function indexOf(events: readonly TimelineEventView[]): EvidenceIndex {
  const cached = indexes.get(events);
  if (cached) return cached;
  const quotes: EventQuote[] = [];
  const byStem = new Map<string, Map<string, number[]>>();
  for (const event of events) {
    if (!EVIDENCE_KINDS.has(event.kind)) continue;
    const quote = quoteEvent(event);
    const candidate = quotes.push(quote) - 1;
    for (const word of new Set(words(quote.text))) {
      const key = stemKey(word);
      let forms = byStem.get(key);
      if (!forms) byStem.set(key, (forms = new Map()));
      const users = forms.get(word);
      if (users) users.push(candidate);
      else forms.set(word, [candidate]);
    }
  }
  const index = { quotes, byStem };
  indexes.set(events, index);
  return index;
}

/**
 * Candidate evidence for a model-answer step: the events that share the most words with it (any form of a word:
 * restart/restarted, 플래그/플래그를), a word few events use weighing more than one most of them use; ties to the earlier
 * event. Events that share no word are not suggested.
 */
export function suggestEvidence(stepText: string, events: readonly TimelineEventView[], limit = 3): EventQuote[] {
  const { quotes, byStem } = indexOf(events);
  const scores = new Map<number, number>();
  for (const word of new Set(words(stepText))) {
    const users = new Set<number>();
    for (const [form, candidates] of byStem.get(stemKey(word)) ?? []) if (sameWord(word, form)) for (const candidate of candidates) users.add(candidate);
    const weight = Math.log(1 + quotes.length / Math.max(users.size, 1));
    for (const candidate of users) scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
  }
  // Candidates are numbered in timeline order, so the lower number is the earlier event.
  return [...scores]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b)
    .slice(0, limit)
    .flatMap(([candidate]) => quotes[candidate] ?? []);
}
