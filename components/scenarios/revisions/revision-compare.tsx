"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorBanner, Field, inputClass } from "@/components/ui/field";
import { compareRevisionsQuery, revisionsQuery } from "@/lib/queries/readiness";
import type { RevisionSummary } from "@/lib/scenarios/revisions/list-revisions";
import { absoluteTime } from "../format";
import { ChangeList } from "./change-list";

/** Pick any two revisions of a scenario and see what changed between them, field by field. */
export function RevisionCompare({ scenarioId, initialFrom, initialTo }: { scenarioId: string; initialFrom?: number; initialTo?: number }) {
  const revisions = useQuery(revisionsQuery(scenarioId));
  if (revisions.isPending) return <div className="h-40 motion-safe:animate-pulse rounded-lg bg-zinc-900" aria-busy="true" />;
  if (revisions.error) return <ErrorBanner message={`Could not load the revisions: ${revisions.error.message}`} />;
  const newest = revisions.data[0]?.number ?? 1;
  const exists = (number: number | undefined) => number !== undefined && revisions.data.some((revision) => revision.number === number);
  return (
    <Comparer
      scenarioId={scenarioId}
      revisions={revisions.data}
      initialFrom={exists(initialFrom) ? initialFrom! : Math.max(1, newest - 1)}
      initialTo={exists(initialTo) ? initialTo! : newest}
    />
  );
}

function Comparer({ scenarioId, revisions, initialFrom, initialTo }: { scenarioId: string; revisions: RevisionSummary[]; initialFrom: number; initialTo: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const comparison = useQuery(compareRevisionsQuery(scenarioId, from, to));
  // Keep the URL shareable: "what changed between r2 and r5" is something people send each other.
  const choose = (nextFrom: number, nextTo: number) => {
    setFrom(nextFrom);
    setTo(nextTo);
    router.replace(`${pathname}?from=${nextFrom}&to=${nextTo}`, { scroll: false });
  };
  const title = revisions[0]?.title ?? "Scenario";

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-1 border-b border-zinc-800 pb-4">
        <nav aria-label="Breadcrumb" className="text-xs text-zinc-500">
          <Link href={`/scenarios/${scenarioId}`} className="hover:text-zinc-300">
            ← {title}
          </Link>
        </nav>
        <h1 className="text-xl font-semibold text-white">Compare revisions</h1>
        <p className="text-xs text-zinc-400">
          {revisions.length} revision{revisions.length === 1 ? "" : "s"}. Every save is a revision; drills keep the one they ran.
        </p>
      </header>

      <div className="flex flex-wrap items-end gap-3">
        <RevisionSelect id="revision-from" label="From revision" value={from} revisions={revisions} onChange={(value) => choose(value, to)} />
        <Button size="sm" className="mb-0.5 h-8" aria-label="Swap revisions" onClick={() => choose(to, from)}>
          ⇄
        </Button>
        <RevisionSelect id="revision-to" label="To revision" value={to} revisions={revisions} onChange={(value) => choose(from, value)} />
      </div>

      <Card
        title={comparison.data ? `Revision ${comparison.data.from.number} → revision ${comparison.data.to.number}` : "Changes"}
        actions={comparison.data ? <span className="text-[11px] text-zinc-500">{summarize(comparison.data.changes.length)}</span> : null}
      >
        {comparison.isPending ? (
          <div className="h-24 motion-safe:animate-pulse rounded bg-zinc-800/50" aria-busy="true" />
        ) : comparison.error ? (
          <ErrorBanner message={comparison.error.message} />
        ) : comparison.data.changes.length === 0 ? (
          <p className="py-4 text-center text-sm text-zinc-500">{from === to ? "Pick two different revisions to compare." : `No differences between revision ${from} and revision ${to}.`}</p>
        ) : (
          <ChangeList changes={comparison.data.changes} />
        )}
      </Card>
    </div>
  );
}

function summarize(count: number) {
  return `${count} change${count === 1 ? "" : "s"}`;
}

function RevisionSelect({ id, label, value, revisions, onChange }: { id: string; label: string; value: number; revisions: RevisionSummary[]; onChange: (value: number) => void }) {
  return (
    <Field label={label} htmlFor={id} className="min-w-72 flex-1 sm:flex-none">
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))} className={`${inputClass} h-8 py-0 text-xs`}>
        {revisions.map((revision) => (
          <option key={revision.number} value={revision.number}>
            r{revision.number} · {absoluteTime(revision.createdAt)} · {revision.title}
            {revision.drillCount ? ` · ${revision.drillCount} drill${revision.drillCount === 1 ? "" : "s"}` : ""}
          </option>
        ))}
      </select>
    </Field>
  );
}
