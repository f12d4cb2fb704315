import { Button } from "../ui/button";

/** After answering: a named answer may be edited until the close; an anonymous one is final, since nothing links it to its author. */
export function SurveyThanks({ answered, open, onEdit }: { answered: "named" | "anonymous"; open: boolean; onEdit: () => void }) {
  if (answered === "anonymous") {
    return (
      <p role="status" className="text-sm text-zinc-300">
        Thanks: your anonymous answer was recorded. It cannot be edited, because nothing links it to you.
      </p>
    );
  }
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm text-zinc-300">Thanks: your answer was recorded under your name.{open ? " You can edit it until the drill closes." : ""}</p>
      {open && (
        <Button size="sm" onClick={onEdit}>
          Edit my answer
        </Button>
      )}
    </div>
  );
}
