"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "./button";

type State = "idle" | "copied" | "manual";

const shortcut = () => (typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘+C" : "Ctrl+C");

/**
 * A link for someone else, with a copy button. Plain http on a LAN address is not a secure context, so the
 * clipboard may be missing or refuse: then the link is shown selected to copy by hand, and nothing says "copied".
 * `shown`: the link is always visible (a link shown only once), not only when the clipboard fails.
 */
export function CopyLink({ url, label = "copy link", shown = false, id }: { url: string; label?: string; shown?: boolean; id?: string }) {
  const [state, setState] = useState<State>("idle");
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const ownId = useId();
  const inputId = id ?? ownId;
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (state === "manual") input.current?.focus();
  }, [state]);

  const copy = async () => {
    clearTimeout(timer.current);
    try {
      if (!window.isSecureContext || !navigator.clipboard) throw new Error("clipboard unavailable");
      await navigator.clipboard.writeText(url);
      setState("copied");
      timer.current = setTimeout(() => setState("idle"), 1500);
    } catch {
      setState("manual");
      input.current?.focus();
    }
  };

  return (
    <span className="flex min-w-0 flex-col gap-1 text-xs">
      <span className="flex min-w-0 items-center gap-2">
        {(shown || state === "manual") && (
          <>
            <label htmlFor={inputId} className="sr-only">
              Link to copy
            </label>
            <input
              ref={input}
              id={inputId}
              readOnly
              value={url}
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
              className="w-80 max-w-full min-w-0 flex-1 rounded-md border border-zinc-700 bg-zinc-950 px-2 py-1 font-mono text-xs text-zinc-100 focus:border-sky-500 focus:ring-1 focus:ring-sky-500 focus:outline-none"
            />
          </>
        )}
        <Button size="sm" variant={shown ? "secondary" : "ghost"} onClick={copy} aria-live="polite" className="shrink-0">
          {state === "copied" ? "copied" : label}
        </Button>
      </span>
      {state === "manual" && (
        <span role="status" className="text-amber-300">
          The browser does not allow copying here: the link is selected, press {shortcut()} to copy it.
        </span>
      )}
    </span>
  );
}
