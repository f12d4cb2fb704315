"use client";

import { useState, type Ref } from "react";
import { describedBy, inputClass } from "./form-field";

const parse = (text: string) => text.split(",").map((part) => part.trim()).filter(Boolean);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * A list typed as comma-separated text, the way people list components in chat. The raw text is kept while typing
 * (so "api-server, " keeps its comma); the form only ever holds the parsed list, previewed as chips.
 */
export function ListInput({ id, name, inputRef, value, onChange, onBlur, error, placeholder, mono = false }: { id: string; name?: string; inputRef?: Ref<HTMLInputElement>; value: string[]; onChange: (next: string[]) => void; onBlur: () => void; error?: string; placeholder?: string; mono?: boolean }) {
  const [text, setText] = useState(() => value.join(", "));
  // Follow outside changes (a reset, a loaded scenario) without clobbering what is being typed.
  const [seen, setSeen] = useState(value);
  if (!same(seen, value)) {
    setSeen(value);
    if (!same(parse(text), value)) setText(value.join(", "));
  }
  return (
    <input
      id={id}
      name={name}
      ref={inputRef}
      value={text}
      placeholder={placeholder}
      autoComplete="off"
      spellCheck={false}
      className={`${inputClass} ${mono ? "font-mono text-[13px]" : ""}`}
      onChange={(event) => {
        setText(event.target.value);
        const next = parse(event.target.value);
        if (!same(next, value)) onChange(next);
      }}
      onBlur={() => {
        setText(value.join(", "));
        onBlur();
      }}
      {...describedBy(id, error)}
    />
  );
}

/** The parsed list, shown under the input so people see how their text was split. */
export function ChipPreview({ items, mono = false, empty }: { items: string[]; mono?: boolean; empty: string }) {
  if (items.length === 0) return <>{empty}</>;
  return (
    <span className="flex flex-wrap gap-1" aria-hidden>
      {items.map((item, index) => (
        <span key={`${item}-${index}`} className={`rounded border border-zinc-700 bg-zinc-900 px-1.5 py-0.5 text-[11px] text-zinc-300 ${mono ? "font-mono" : ""}`}>
          {item}
        </span>
      ))}
    </span>
  );
}
