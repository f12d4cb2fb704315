"use client";

import { useQuery } from "@tanstack/react-query";
import { meQuery } from "@/lib/queries/me";
import { ErrorBanner } from "../ui/field";
import { ControlRoom } from "./control-room";
import { ObserverView } from "./observer-view";

/** One address per drill: those who run drills get the control room, everyone else watches. */
export function DrillRoom({ drillId }: { drillId: string }) {
  const me = useQuery(meQuery());
  if (me.error) return <ErrorBanner message={me.error.message} />;
  if (!me.data) return <p className="text-sm text-zinc-500">Loading drill…</p>;
  return me.data.permissions.includes("drill.run") ? <ControlRoom drillId={drillId} /> : <ObserverView drillId={drillId} />;
}
