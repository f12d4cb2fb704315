"use client";

import { useState } from "react";
import { get, useController, useFormContext } from "react-hook-form";
import { inputClass } from "./form-field";
import { errorSentence } from "./form-errors";
import type { ScenarioFormValues, StepPart } from "./form-model";
import { IconButton, RemoveIcon } from "./item-controls";

type Headers = Record<string, string>;
interface Row {
  key: number;
  name: string;
  value: string;
}

let lastKey = 0;
const toRows = (headers: Headers | undefined): Row[] => Object.entries(headers ?? {}).map(([name, value]) => ({ key: ++lastKey, name, value }));
const toRecord = (rows: Row[]): Headers => Object.fromEntries(rows.filter((row) => row.name.trim()).map((row) => [row.name.trim(), row.value]));
const sameRecord = (a: Headers | undefined, b: Headers | undefined) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/**
 * A webhook's headers as name/value rows. The form holds the record the schema wants; the rows live here so that a
 * half-typed row (no name yet) or a duplicate name survives while typing, with a note on what will be sent.
 */
export function HeadersEditor({ index, part, prefix }: { index: number; part: StepPart; prefix: string }) {
  const name = `injections.${index}.${part}.headers` as const;
  const { control, formState } = useFormContext<ScenarioFormValues>();
  const { field } = useController({ control, name });
  const value = field.value as Headers | undefined;
  const [rows, setRows] = useState(() => toRows(value));
  // Follow outside changes (a reset, a kind switched back) without clobbering rows being typed.
  const [seen, setSeen] = useState(value);
  if (!sameRecord(seen, value)) {
    setSeen(value);
    if (!sameRecord(toRecord(rows), value)) setRows(toRows(value));
  }
  const update = (next: Row[]) => {
    setRows(next);
    const record = toRecord(next);
    setSeen(record);
    field.onChange(record);
  };
  const errors = get(formState.errors, name) as ({ message?: string } & Record<string, { message?: string }>) | undefined;
  const names = rows.map((row) => row.name.trim());
  const slug = `${part}-${index}-header`;

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center justify-between">
        <span className="text-xs font-medium text-zinc-400">Headers</span>
        <button
          type="button"
          aria-label={`Add header to ${prefix.toLowerCase()}`}
          onClick={() => update([...rows, { key: ++lastKey, name: "", value: "" }])}
          className="rounded px-1.5 py-0.5 text-[11px] font-medium text-sky-400 hover:bg-sky-950/40 hover:text-sky-300 focus-visible:outline-2 focus-visible:outline-sky-400"
        >
          + Header
        </button>
      </div>
      {errors?.message && <p className="text-xs text-rose-400">{errorSentence(errors.message)}</p>}
      {rows.length === 0 ? (
        <p className="text-[11px] text-zinc-600">None. Content-Type: application/json is sent with a body.</p>
      ) : (
        <ul className="flex flex-col gap-1.5">
          {rows.map((row, k) => {
            const n = k + 1;
            const trimmed = row.name.trim();
            const problem = trimmed
              ? (errorSentence((get(errors, trimmed) as { message?: string } | undefined)?.message) ?? (names.indexOf(trimmed) !== k ? "Duplicate name: only the last value is sent" : undefined))
              : row.value
                ? "Name the header, or it is not sent"
                : undefined;
            const change = (patch: Partial<Row>) => update(rows.map((other) => (other.key === row.key ? { ...other, ...patch } : other)));
            return (
              <li key={row.key} className="flex flex-col gap-0.5">
                <div className="grid grid-cols-[minmax(7rem,11rem)_1fr_auto] items-center gap-1.5">
                  <label htmlFor={`${slug}-${k}-name`} className="sr-only">
                    {prefix} header {n} name
                  </label>
                  <input id={`${slug}-${k}-name`} value={row.name} onChange={(event) => change({ name: event.target.value })} onBlur={field.onBlur} placeholder="X-Drill-Id" spellCheck={false} autoComplete="off" className={`${inputClass} py-1 font-mono text-[12px]`} />
                  <label htmlFor={`${slug}-${k}-value`} className="sr-only">
                    {prefix} header {n} value
                  </label>
                  <input
                    id={`${slug}-${k}-value`}
                    name={trimmed ? `${name}.${trimmed}` : undefined}
                    value={row.value}
                    onChange={(event) => change({ value: event.target.value })}
                    onBlur={field.onBlur}
                    placeholder="{{drill.id}}"
                    spellCheck={false}
                    autoComplete="off"
                    aria-invalid={problem ? true : undefined}
                    className={`${inputClass} py-1 font-mono text-[12px]`}
                  />
                  <IconButton aria-label={`Remove ${prefix.toLowerCase()} header ${n}`} title="Remove header" onClick={() => update(rows.filter((other) => other.key !== row.key))}>
                    <RemoveIcon />
                  </IconButton>
                </div>
                {problem && <p className="text-xs text-rose-400">{problem}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
