"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/** A titled modal on the native <dialog> (focus trap, Escape closes through `onClose`), shown while `open`. */
export function Modal({ open, title, onClose, width = "max-w-md", children }: { open: boolean; title: ReactNode; onClose: () => void; width?: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={`m-auto w-full ${width} rounded-lg border border-zinc-700 bg-zinc-900 p-0 text-left text-zinc-200 shadow-2xl backdrop:bg-black/60`}
    >
      <div className="flex flex-col gap-3 p-4">
        <h2 id={titleId} className="text-base font-semibold text-white">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
