"use client";

import { CopyLink } from "../ui/copy-link";

/** The participants' link, at the address teammates use; anyone holding it can join the built-in channel. */
export function ChannelLink({ url }: { url: string }) {
  return (
    <div className="flex items-start gap-2 text-xs">
      <a href={url} target="_blank" rel="noreferrer" className="py-1.5 text-sky-400 hover:underline">
        Participant channel ↗
      </a>
      <CopyLink url={url} />
    </div>
  );
}
