"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorBanner, inputClass } from "@/components/ui/field";
import { importScenarioMutation } from "@/lib/queries/scenarios";

/** Paste or choose a scenario file (YAML or JSON); every problem is listed with its path and line, and the text stays. */
export function ImportDialog() {
  const router = useRouter();
  const client = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [content, setContent] = useState("");
  const [asCopy, setAsCopy] = useState(true);
  const importing = useMutation(importScenarioMutation(client));

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);

  const submit = () =>
    importing.mutate({ content, mode: asCopy ? "copy" : "create" }, { onSuccess: (created) => router.push(`/scenarios/${created.id}`) });

  return (
    <>
      <Button onClick={() => setOpen(true)}>Import</Button>
      <dialog ref={dialog} aria-labelledby="import-title" onClose={() => setOpen(false)} className="m-auto w-[min(44rem,92vw)] rounded-lg border border-zinc-700 bg-zinc-900 p-0 text-zinc-100 backdrop:bg-black/70">
        <form
          method="dialog"
          className="flex flex-col gap-3 p-4"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <h2 id="import-title" className="text-base font-semibold text-white">
            Import a scenario
          </h2>
          <p className="text-xs text-zinc-400">
            YAML or JSON as written by Export or by <code className="text-zinc-300">npm run scenarios -- export</code>, described by{" "}
            <a href="/api/scenarios/schema" target="_blank" rel="noreferrer" className="text-sky-400 hover:underline">
              the scenario JSON Schema
            </a>
            .
          </p>
          <label htmlFor="import-file" className="text-xs font-medium text-zinc-400">
            Scenario file
          </label>
          <input id="import-file" type="file" accept=".yaml,.yml,.json,application/json,application/yaml" className="text-xs text-zinc-300 file:mr-3 file:rounded file:border-0 file:bg-zinc-800 file:px-2.5 file:py-1.5 file:text-zinc-200" onChange={async (event) => setContent((await event.target.files?.[0]?.text()) ?? content)} />
          <label htmlFor="import-content" className="text-xs font-medium text-zinc-400">
            Scenario document
          </label>
          <textarea id="import-content" rows={14} value={content} onChange={(event) => setContent(event.target.value)} spellCheck={false} className={`${inputClass} font-mono text-xs`} placeholder={"schemaVersion: 2\ntitle: …"} />
          <label className="flex items-center gap-2 text-sm text-zinc-300">
            <input type="checkbox" checked={asCopy} onChange={(event) => setAsCopy(event.target.checked)} className="accent-sky-500" />
            Import as a copy (adds “(copy)” to the title)
          </label>
          {importing.error && (
            <div className="flex flex-col gap-1">
              <ErrorBanner message={importing.error.message} />
              {importing.error.problems.length > 0 && (
                <ul aria-label="Import problems" className="max-h-48 overflow-y-auto rounded-md border border-zinc-800 bg-zinc-950 p-2 font-mono text-xs text-rose-300">
                  {importing.error.problems.map((problem, index) => (
                    <li key={index}>
                      {problem.line ? `line ${problem.line}: ` : ""}
                      {problem.path}: {problem.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={!content.trim() || importing.isPending}>
              {importing.isPending ? "Importing…" : "Import scenario"}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
