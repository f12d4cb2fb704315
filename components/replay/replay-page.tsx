"use client";

import { useQuery } from "@tanstack/react-query";
import { ApiError } from "@/lib/api-client";
import { replayQuery, type ReplaySource } from "@/lib/queries/replay";
import { Button } from "../ui/button";
import { ErrorBanner } from "../ui/field";
import { Refusal } from "../ui/refusal";
import { ReplayPlayer } from "./replay-player";

/** A drill's replay for staff (by id) or a share link's holder (by token), or why there is none. */
export function ReplayPage({ source }: { source: ReplaySource }) {
  const replay = useQuery(replayQuery(source));
  const staff = source.kind === "drill";
  if (replay.error instanceof ApiError && replay.error.status === 404)
    return staff ? (
      <Refusal title="Drill not found" text="It may have been deleted, or the link is wrong." back={{ href: "/drills", label: "All drills" }} />
    ) : (
      <Refusal title="This link is not valid" text="It may have expired or been revoked. Ask the drill's facilitator for a new link." />
    );
  if (replay.error instanceof ApiError && replay.error.status === 409)
    return (
      <Refusal
        title="No replay yet"
        text={`${replay.error.message} A drill can be replayed once it has ended.`}
        back={staff ? { href: `/drills/${encodeURIComponent(source.drillId)}`, label: "Back to the control room" } : { href: `/watch/${encodeURIComponent(source.token)}`, label: "Back to the drill" }}
      />
    );
  if (replay.error)
    return (
      <div className="flex items-center gap-3">
        <ErrorBanner message={`Could not load the replay: ${replay.error.message}`} />
        <Button size="sm" onClick={() => replay.refetch()}>
          Retry
        </Button>
      </div>
    );
  if (!replay.data) return <p className="text-sm text-zinc-500">Loading the replay…</p>;
  return <ReplayPlayer view={replay.data} source={source} />;
}
