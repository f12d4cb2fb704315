/** What a key does to the player. */
export type KeyAction = { type: "toggle" } | { type: "step"; ms: number } | { type: "milestone"; direction: "previous" | "next" };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const STEP_MS = 10_000;
const BIG_STEP_MS = 60_000;

/** Space plays or pauses, ←/→ move 10 s (60 s with shift), ↑/↓ and [ ] jump between milestones. */
export function keyAction(press: KeyPress): KeyAction | null {
  // The browser's and the system's own shortcuts (Ctrl+←, ⌘+[) are left alone.
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  switch (press.key) {
    case " ":
    case "Spacebar":
      return { type: "toggle" };
    case "ArrowLeft":
      return { type: "step", ms: -(press.shiftKey ? BIG_STEP_MS : STEP_MS) };
    case "ArrowRight":
      return { type: "step", ms: press.shiftKey ? BIG_STEP_MS : STEP_MS };
    case "ArrowUp":
    case "[":
      return { type: "milestone", direction: "previous" };
    case "ArrowDown":
    case "]":
      return { type: "milestone", direction: "next" };
    default:
      return null;
  }
}

const NOT_TYPED_INTO = new Set(["button", "checkbox", "radio", "range", "submit", "reset", "color", "file", "image"]);

/** Whether keys typed at `target` are text: then the player leaves them to it. */
export function isTextField(target: { tagName?: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toLowerCase();
  if (tag === "textarea" || tag === "select") return true;
  return tag === "input" && !NOT_TYPED_INTO.has((target.type ?? "text").toLowerCase());
}
