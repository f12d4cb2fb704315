import Link from "next/link";
import type { ReactNode } from "react";
import { ROLE_LABELS, type RosterRole } from "@/lib/drill-model/roster-roles";
import type { DrillReport } from "@/lib/review/report/types";
import { calendarDate, wallTime } from "./format";
import { RichText } from "@/components/scenarios/rich-text";
import { Nothing, ReportSection, ReportTable, cellClass } from "./report-parts";

export function ReportSummary({ report }: { report: DrillReport }) {
  return (
    <ReportSection id="summary" title="Summary">
      {report.summary.length === 0 ? (
        <Nothing>No summary yet.</Nothing>
      ) : (
        <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-zinc-200 print:text-zinc-900">
          {report.summary.map((line, index) => (
            <li key={index} className="[overflow-wrap:anywhere]">
              {line}
            </li>
          ))}
        </ul>
      )}
    </ReportSection>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <dt className="text-[11px] font-medium text-zinc-500">{term}</dt>
      <dd className="text-sm text-zinc-200 [overflow-wrap:anywhere] print:text-zinc-900">{children}</dd>
    </div>
  );
}

export function ReportOverview({ report, links }: { report: DrillReport; links: boolean }) {
  const { drill, scenario, timeZone } = report;
  const list = (items: string[]) => (items.length ? items.join(", ") : "—");
  return (
    <ReportSection id="overview" title="Overview">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
        <Fact term="Scenario">
          {links ? (
            <Link href={`/scenarios/${drill.scenarioId}`} className="text-sky-400 hover:underline">
              {drill.scenarioTitle}
            </Link>
          ) : (
            drill.scenarioTitle
          )}{" "}
          <span className="text-zinc-500">(revision {drill.revision}, {drill.difficulty})</span>
        </Fact>
        <Fact term="Participants saw it as">{drill.publicTitle}</Fact>
        <Fact term="Environment">
          {drill.environment.name}
          {drill.environment.protected && <span className="text-zinc-500"> (protected)</span>}
        </Fact>
        <Fact term="Components">{list(drill.components)}</Fact>
        <Fact term="Designers">{list(drill.designers)}</Fact>
        <Fact term="Channel">{drill.chatProvider === "slack" ? "Slack" : "Built-in channel"}</Fact>
        <Fact term="Started">{wallTime(drill.startedAt, timeZone)}</Fact>
        <Fact term="Ended">{wallTime(drill.endedAt, timeZone)}</Fact>
        <Fact term="Answer revealed">{drill.revealedAt ? wallTime(drill.revealedAt, timeZone) : "Not revealed"}</Fact>
        <Fact term="Closed">{drill.closedAt ? wallTime(drill.closedAt, timeZone) : "Not closed"}</Fact>
        <Fact term="Time box">{drill.timeBoxMinutes} min</Fact>
        <Fact term="Exercise">
          {drill.exercise ? (
            <>
              {links ? (
                <Link href={`/exercises/${drill.exercise.id}`} className="text-sky-400 hover:underline">
                  {drill.exercise.name}
                </Link>
              ) : (
                drill.exercise.name
              )}{" "}
              <span className="text-zinc-500">({calendarDate(drill.exercise.date)})</span>
            </>
          ) : (
            "None: a drill on its own"
          )}
        </Fact>
      </dl>
      <div className="grid gap-4 lg:grid-cols-3">
        <div>
          <h3 className="text-xs font-medium text-zinc-400">Scenario</h3>
          <RichText text={scenario.summary} size="compact" className="mt-1 text-zinc-200" empty="—" />
        </div>
        <div>
          <h3 className="text-xs font-medium text-amber-200/80">Root cause</h3>
          <RichText text={scenario.rootCause} size="compact" className="mt-1 text-zinc-200" empty="—" />
        </div>
        <div>
          <h3 className="text-xs font-medium text-zinc-400">Expected impact</h3>
          <RichText text={scenario.expectedImpact} size="compact" className="mt-1 text-zinc-200" empty="—" />
        </div>
      </div>
    </ReportSection>
  );
}


export function ReportRoster({ roster }: { roster: DrillReport["roster"] }) {
  return (
    <ReportSection id="roster" title={`Roster (${roster.length})`}>
      {roster.length === 0 ? (
        <Nothing>Nobody was on the roster.</Nothing>
      ) : (
        <ReportTable label="Roster" heads={["Name", "Role", "Team"]}>
          {roster.map((person, index) => (
            <tr key={index}>
              <td className={cellClass}>{person.name}</td>
              <td className={`${cellClass} text-zinc-400`}>{ROLE_LABELS[person.role as RosterRole] ?? person.role}</td>
              <td className={`${cellClass} text-zinc-400`}>{person.team ?? "—"}</td>
            </tr>
          ))}
        </ReportTable>
      )}
    </ReportSection>
  );
}
