"use client";

import { useSyncExternalStore } from "react";

/**
 * "Link from timeline": a form asks for an event, the timeline list offers a Pick button on every
 * row until one is chosen (or the form cancels). One picker at a time, across components.
 */
export interface EventPicker {
  /** What the pick is for, read out on the buttons ("evidence for Mitigated"). */
  purpose: string;
  pick: (seq: number) => void;
}

let current: EventPicker | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function startPicking(picker: EventPicker): void {
  current = picker;
  emit();
}

export function stopPicking(picker?: EventPicker): void {
  if (picker && current !== picker) return;
  current = null;
  emit();
}

export function pickEvent(seq: number): void {
  const picker = current;
  current = null;
  emit();
  picker?.pick(seq);
}

export function useEventPicker(): EventPicker | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => null,
  );
}

/** Scrolls the staff timeline to an event and flashes it. */
export function showEvent(seq: number): void {
  const element = document.getElementById(`event-${seq}`);
  if (!element) return;
  element.scrollIntoView({ block: "center", behavior: "smooth" });
  element.dataset.highlight = "true";
  setTimeout(() => delete element.dataset.highlight, 2000);
}
