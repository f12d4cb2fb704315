import Link from "next/link";
import type { FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { countErrors } from "./form-errors";
import type { ScenarioFormValues } from "./form-model";

/** Always in reach at the bottom of the window: how many problems are left, and the one Save button. */
export function SaveBar({ saving, errors, otherProblems, dirty, cancelHref }: { saving: boolean; errors: FieldErrors<ScenarioFormValues>; otherProblems: number; dirty: boolean; cancelHref: string }) {
  // Problems the server reported that belong to no field are listed in the banner at the top.
  const count = countErrors(errors) + otherProblems;
  return (
    <div className="sticky bottom-0 z-10 -mx-4 border-t border-zinc-800 bg-zinc-950/95 backdrop-blur">
      <div className="flex h-14 items-center justify-end gap-3 px-4">
        <p aria-live="polite" className="mr-auto text-sm">
          {count > 0 ? (
            <span className="text-rose-400">
              {count} problem{count === 1 ? "" : "s"} to fix before saving
            </span>
          ) : dirty ? (
            <span className="flex items-center gap-2 text-zinc-300">
              <span aria-hidden className="h-1.5 w-1.5 rounded-full bg-amber-400" />
              Unsaved changes
            </span>
          ) : (
            <span className="text-zinc-500">No changes yet</span>
          )}
        </p>
        <Link href={cancelHref} className="inline-flex h-9 items-center rounded-md px-3.5 text-sm font-medium text-zinc-300 hover:bg-zinc-800 hover:text-white">
          Cancel
        </Link>
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? "Saving…" : "Save scenario"}
        </Button>
      </div>
    </div>
  );
}
