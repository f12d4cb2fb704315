"use client";

import { useSyncExternalStore } from "react";
import type { RetroCategory } from "@/lib/drill-model/hot-wash";

/**
 * "→ Retro" on an observer note: the notes list (in the debrief) hands the note to the retrospective panel (in the hot
 * wash), which opens its add form filled from it. One note at a time, across components.
 */
export interface NoteForRetro {
  noteSeq: number;
  text: string;
  category: RetroCategory;
  /** The event the note is pinned to, when that can be evidence. */
  evidenceSeqs: number[];
}

let current: NoteForRetro | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function sendNoteToRetro(note: NoteForRetro): void {
  current = note;
  emit();
  document.getElementById("retro-panel")?.scrollIntoView({ block: "start", behavior: "smooth" });
}

export function clearNoteForRetro(): void {
  current = null;
  emit();
}

export function useNoteForRetro(): NoteForRetro | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => null,
  );
}
