"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { format } from "date-fns";
import { settingsQuery, updateSettingsMutation } from "@/lib/queries/settings";
import { ErrorBanner } from "../ui/field";

/** The admin switches: one row each, what it does, and its state, changed in place. */
export function SettingsAdmin() {
  const settings = useQuery(settingsQuery());
  const update = useMutation(updateSettingsMutation(useQueryClient()));
  if (settings.error) return <ErrorBanner message={settings.error.message} />;
  if (!settings.data) return <p className="text-sm text-zinc-500">Loading…</p>;
  const on = update.isPending && update.variables.responderAnalytics !== undefined ? update.variables.responderAnalytics : settings.data.responderAnalytics;
  return (
    <section aria-labelledby="setting-people" className="rounded-lg border border-zinc-800 bg-zinc-900/60">
      <div className="flex flex-wrap items-start justify-between gap-4 p-4">
        <div className="max-w-2xl">
          <h2 id="setting-people" className="text-sm font-semibold text-zinc-100">
            Per-person analytics
          </h2>
          <p className="mt-1 text-sm text-zinc-400">
            Each responder&apos;s drills, roles and first-response and acknowledge times on the Analytics page, for facilitators and admins only (never observers, share links, API
            tokens or reports). Switched off, nobody sees them, admins included; the stored figures are kept, so switching back on loses nothing.
          </p>
          {settings.data.updatedAt && <p className="mt-2 text-xs text-zinc-500">Last changed {format(new Date(settings.data.updatedAt), "yyyy-MM-dd HH:mm")}.</p>}
        </div>
        <label className="flex cursor-pointer items-center gap-2 text-sm text-zinc-200">
          <input
            type="checkbox"
            role="switch"
            aria-checked={on}
            checked={on}
            disabled={update.isPending}
            onChange={(event) => update.mutate({ responderAnalytics: event.target.checked })}
            className="peer sr-only"
          />
          <span aria-hidden className={`relative inline-block h-5 w-9 rounded-full transition-colors peer-focus-visible:ring-2 peer-focus-visible:ring-sky-500 ${on ? "bg-emerald-600" : "bg-zinc-700"}`}>
            <span className={`absolute top-0.5 h-4 w-4 rounded-full bg-white transition-all ${on ? "left-4.5" : "left-0.5"}`} />
          </span>
          Show per-person figures
        </label>
      </div>
      {update.error && (
        <div className="px-4 pb-4">
          <ErrorBanner message={update.error.message} />
        </div>
      )}
    </section>
  );
}
