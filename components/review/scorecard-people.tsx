import { formatOffset } from "@/lib/drill-model/clock";
import type { Scorecard } from "@/lib/review/scorecard/types";
import { span } from "./format";
import { ScoreSection, cellClass, headClass } from "./score-section";

/** Who spoke, when each first responded, and who escalated to whom. */
export function ParticipationScore({ participation }: { participation: Scorecard["participation"] }) {
  const { people, escalations } = participation;
  return (
    <ScoreSection title="Participation" testId="score-participation">
      {people.length === 0 ? (
        <p className="text-xs text-zinc-500">Nobody spoke in the channel.</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead className="border-b border-zinc-800">
            <tr>
              <th scope="col" className={headClass}>Who</th>
              <th scope="col" className={headClass}>Messages</th>
              <th scope="col" className={headClass}>First message</th>
              <th scope="col" className={headClass}>First response after</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-800/70">
            {people.map((person) => (
              <tr key={person.participantId ?? person.name}>
                <td className={`${cellClass} text-zinc-200`}>{person.name}</td>
                <td className={`${cellClass} text-zinc-300`}>
                  {person.messages} {person.messages === 1 ? "message" : "messages"}
                </td>
                <td className={`${cellClass} font-mono text-xs text-zinc-400`}>{person.firstMessageOffsetMs === null ? "—" : formatOffset(person.firstMessageOffsetMs)}</td>
                <td className={`${cellClass} font-mono text-xs text-zinc-200`}>{span(person.firstResponseMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {escalations.length > 0 && (
        <ul className="mt-1 flex flex-col gap-0.5 text-xs text-zinc-400">
          {escalations.map((escalation) => (
            <li key={escalation.seq}>
              <span className="text-amber-300">Escalated to {escalation.team}</span>
              {escalation.people.length > 0 && <>: {escalation.people.join(", ")}</>} · by {escalation.by}
              {escalation.offsetMs !== null && <> at {formatOffset(escalation.offsetMs)}</>}
            </li>
          ))}
        </ul>
      )}
    </ScoreSection>
  );
}
