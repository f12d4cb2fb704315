"use client";

import { useState } from "react";
import { Button } from "../ui/button";

/** The participants' link; anyone holding it can join the built-in channel under a display name. */
export function ChannelLink({ token }: { token: string }) {
  const [copied, setCopied] = useState(false);
  const path = `/channel/${token}`;
  return (
    <div className="flex items-center gap-2 text-xs">
      <a href={path} target="_blank" rel="noreferrer" className="text-sky-400 hover:underline">
        Participant channel ↗
      </a>
      <Button
        size="sm"
        variant="ghost"
        onClick={async () => {
          await navigator.clipboard?.writeText(new URL(path, window.location.origin).toString());
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        }}
      >
        {copied ? "copied" : "copy link"}
      </Button>
    </div>
  );
}
