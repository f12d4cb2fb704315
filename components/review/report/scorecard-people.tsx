import type { Scorecard } from "@/lib/review/scorecard/types";
import { offset, span } from "./format";
import { Nothing, ReportTable, SubHeading, cellClass } from "./report-parts";

export function MistakesList({ mistakes }: { mistakes: Scorecard["mistakes"] }) {
  return (
    <div className="flex flex-col gap-1.5">
      <SubHeading>Mistakes observers tagged</SubHeading>
      {mistakes.length === 0 ? (
        <Nothing>None tagged.</Nothing>
      ) : (
        <ul className="flex flex-col gap-1 text-sm">
          {mistakes.map((mistake) => (
            <li key={mistake.seq} className="flex gap-2">
              <span className="shrink-0 font-mono text-xs text-zinc-500 tabular-nums">{offset(mistake.offsetMs)}</span>
              <span className="text-zinc-200 [overflow-wrap:anywhere] print:text-zinc-900">
                {mistake.text} <span className="text-zinc-500">({mistake.by})</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Participation({ participation }: { participation: Scorecard["participation"] }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="flex flex-col gap-1.5">
        <SubHeading>Who spoke</SubHeading>
        {participation.people.length === 0 ? (
          <Nothing>Nobody posted in the channel.</Nothing>
        ) : (
          <ReportTable label="Participation" heads={["Person", "Messages", "First message", "First response"]} numeric={[1, 2, 3]}>
            {participation.people.map((person) => (
              <tr key={person.participantId ?? person.name}>
                <td className={cellClass}>{person.name}</td>
                <td className={`${cellClass} text-right tabular-nums`}>{person.messages}</td>
                <td className={`${cellClass} text-right font-mono tabular-nums`}>{offset(person.firstMessageOffsetMs)}</td>
                <td className={`${cellClass} text-right font-mono tabular-nums`}>{span(person.firstResponseMs)}</td>
              </tr>
            ))}
          </ReportTable>
        )}
      </div>
      <div className="flex flex-col gap-1.5">
        <SubHeading>Escalations</SubHeading>
        {participation.escalations.length === 0 ? (
          <Nothing>Nobody was escalated to.</Nothing>
        ) : (
          <ul className="flex flex-col gap-1 text-sm text-zinc-200 print:text-zinc-900">
            {participation.escalations.map((escalation) => (
              <li key={escalation.seq} className="flex gap-2">
                <span className="shrink-0 font-mono text-xs text-zinc-500 tabular-nums">{offset(escalation.offsetMs)}</span>
                <span>
                  {escalation.by} escalated to <span className="font-medium">{escalation.team}</span>
                  {escalation.people.length > 0 && <span className="text-zinc-400"> ({escalation.people.join(", ")})</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
