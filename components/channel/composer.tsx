"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api, type ApiError } from "@/lib/api-client";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";

/** Posting keeps the draft until the server has it, so a failed send loses nothing. */
export function Composer({ token, participantId, channelName, disabled }: { token: string; participantId: string; channelName: string; disabled: boolean }) {
  const [text, setText] = useState("");
  const send = useMutation<unknown, ApiError, string>({
    mutationFn: (message) => api(`/api/channel/${token}/messages`, { body: { participantId, text: message } }),
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
          placeholder={disabled ? "The channel opens when the drill starts" : `Message #${channelName}`}
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
