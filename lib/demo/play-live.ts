import { acknowledgeInChannel } from "../channel/acknowledge-in-channel";
import { joinChannel } from "../channel/join-channel";
import { postMessage } from "../channel/post-message";
import { anonymousActor, type Actor, type Ctx } from "../context";
import type { Tx } from "../context/transaction";
import { addNote } from "../drills/add-note";
import { createDrill } from "../drills/create";
import { endDrill } from "../drills/end";
import { fireAlert } from "../drills/fire-alert";
import { getDrill } from "../drills/get";
import { triggerInjection } from "../drills/injections/trigger-injection";
import { recordMilestone } from "../drills/milestones/record-milestone";
import { pauseDrill } from "../drills/pause";
import { releaseHint } from "../drills/release-hint";
import { resumeDrill } from "../drills/resume";
import { escalateToTeam } from "../drills/roster/escalate-to-team";
import { getRoster } from "../drills/roster/get-roster";
import { personalKey } from "../drills/roster/personal-key";
import { startDrill } from "../drills/start";
import { assignDrillToExercise } from "../exercises/assign-drill";
import type { SimulatedClock } from "./clock";
import type { DemoDrill, LiveStep, PersonKey } from "./story";

/** The staff of the demo: who runs the drills and who watches them. */
export interface DemoCast {
  tx: Tx;
  facilitator: Actor;
  observer: Actor;
}

/** A demo drill after its live part: its channel, each roster person's key, and the labelled events' sequence numbers. */
export interface PlayedDrill {
  drillId: string;
  token: string;
  keys: Map<PersonKey, string>;
  seqs: Map<string, number>;
}

/** Creates the drill (marked demo, built-in channel), starts it and plays its live steps on the simulated clock. */
export async function playLive(cast: DemoCast, story: DemoDrill, clock: SimulatedClock, exerciseId: string | null): Promise<PlayedDrill> {
  const as = (actor: Actor): Ctx => ({ actor, tx: cast.tx, now: clock.now });
  const staff = as(cast.facilitator);
  const roster = story.roster.map(({ key: _key, ...person }) => person);
  const { id: drillId } = await createDrill({ ctx: staff, input: { scenarioId: story.scenarioId, title: story.title, roster, chatProvider: "builtin" }, options: { demo: true } });
  if (exerciseId) await assignDrillToExercise({ ctx: staff, input: { drillId, data: { exerciseId } } });
  const token = (await getDrill({ ctx: staff, input: { id: drillId } })).channelToken!;
  const members = (await getRoster({ ctx: staff, input: { drillId } })).people;
  const keys = new Map(story.roster.map((person) => [person.key, personalKey(members.find((member) => member.name === person.name)!.id)]));
  const played: PlayedDrill = { drillId, token, keys, seqs: new Map() };

  clock.to(0);
  await startDrill({ ctx: staff, input: { drillId } });
  const joined = new Set<PersonKey>();
  const participant = as(anonymousActor);
  const keyOf = async (who: PersonKey) => {
    const secret = keys.get(who);
    if (!secret) throw new Error(`demo story ${story.key}: ${who} is not on the roster`);
    if (!joined.has(who)) await joinChannel({ ctx: participant, input: { token, secret, data: {} } });
    joined.add(who);
    return secret;
  };

  for (const step of story.live) {
    clock.to(step.at);
    const seq = await playStep(step, { drillId, token, staff, observer: as(cast.observer), participant, keyOf, seqs: played.seqs });
    if (step.as && seq !== null) played.seqs.set(step.as, seq);
  }
  return played;
}

interface StepContext {
  drillId: string;
  token: string;
  staff: Ctx;
  observer: Ctx;
  participant: Ctx;
  keyOf: (who: PersonKey) => Promise<string>;
  seqs: Map<string, number>;
}

/** One live step through its verb; the sequence number of the event it wrote, when it wrote one. */
async function playStep(step: LiveStep, { drillId, token, staff, observer, participant, keyOf, seqs }: StepContext): Promise<number | null> {
  const seqOf = (label: string | undefined) => (label === undefined ? undefined : seqs.get(label));
  switch (step.do) {
    case "inject":
      return (await triggerInjection({ ctx: staff, input: { drillId, data: { stepId: step.step, note: step.note } } })).id;
    case "alert":
      return (await fireAlert({ ctx: staff, input: { drillId, data: { alertId: step.alert } } })).id;
    case "hint":
      return (await releaseHint({ ctx: staff, input: { drillId, data: { hintId: step.hint } } })).id;
    case "say":
      return (await postMessage({ ctx: participant, input: { token, secret: await keyOf(step.who), data: { text: step.text } } })).id;
    case "ack": {
      await acknowledgeInChannel({ ctx: participant, input: { token, secret: await keyOf(step.who), data: { alertId: step.alert } } });
      return null;
    }
    case "escalate":
      return (await escalateToTeam({ ctx: staff, input: { drillId, data: { team: step.team } } })).id;
    case "milestone":
      return (await recordMilestone({ ctx: staff, input: { drillId, data: { milestone: step.milestone, note: step.note, evidenceSeq: seqOf(step.evidence) } } })).id;
    case "note":
      return (await addNote({ ctx: observer, input: { drillId, data: { text: step.text, tags: step.tags, pinnedSeq: seqOf(step.about) } } })).id;
    case "pause":
      return (await pauseDrill({ ctx: staff, input: { drillId } })).id;
    case "resume":
      return (await resumeDrill({ ctx: staff, input: { drillId } })).id;
    case "end":
      return (await endDrill({ ctx: staff, input: { drillId, data: { outcome: step.outcome, note: step.note } } })).id;
  }
}
