"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api, type ApiError } from "@/lib/api-client";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { keyHeaders, type ParticipantIdentity } from "./use-participant";

/** Posting keeps the draft until the server has it, so a failed send loses nothing. Who posts is the key's holder. */
export function Composer({ token, identity, channelName, closedText }: { token: string; identity: ParticipantIdentity; channelName: string; closedText: string | null }) {
  const [text, setText] = useState("");
  const disabled = closedText !== null;
  const send = useMutation<unknown, ApiError, string>({
    mutationFn: (message) => api(`/api/channel/${token}/messages`, { body: { text: message }, headers: keyHeaders(identity) }),
    onSuccess: () => setText(""),
  });
  const submit = () => text.trim() && !send.isPending && send.mutate(text);
  return (
    <form
      className="border-t border-zinc-800 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor="message" className="sr-only">
        Message
      </label>
      <div className="flex gap-2">
        <textarea
          id="message"
          rows={2}
          value={text}
          disabled={disabled}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey) {
              event.preventDefault();
              submit();
            }
          }}
          placeholder={closedText ?? `Message #${channelName}`}
          className={`${inputClass} resize-none`}
        />
        <Button type="submit" variant="primary" disabled={disabled || send.isPending || !text.trim()} className="self-end">
          Send
        </Button>
      </div>
      {send.error && <p role="alert" className="mt-1 text-xs text-rose-400">{send.error.message}</p>}
    </form>
  );
}
