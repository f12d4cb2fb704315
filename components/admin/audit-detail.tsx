import { format, isValid, parseISO } from "date-fns";
import Link from "next/link";
import type { AuditEntryView } from "@/lib/audit/list-audit";
import { Badge, type BadgeTone } from "../ui/badge";

const FAMILY_TONES: Record<string, BadgeTone> = {
  injection: "danger",
  rollback: "warning",
  drill: "info",
  user: "violet",
  setup: "violet",
  token: "neutral",
  share_link: "success",
  webhook_secret: "warning",
};

export function ActionBadge({ action }: { action: string }) {
  const family = action.split(".")[0] ?? "";
  return (
    <Badge tone={FAMILY_TONES[family] ?? "neutral"} className="font-mono">
      {action}
    </Badge>
  );
}

const short = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

/** The target by name (a drill's title, a user's email), with its id beside it; older entries have only the id. */
export function AuditTarget({ target }: { target: AuditEntryView["target"] }) {
  if (!target) return <span className="text-zinc-600">—</span>;
  const name = target.label ?? short(target.id);
  const nameClass = target.label ? "text-zinc-100" : "font-mono text-zinc-300";
  return (
    <span className="flex min-w-0 flex-col text-xs">
      <span className="text-zinc-500">{target.type.replace("_", " ")}</span>
      {target.type === "drill" ? (
        <Link href={`/drills/${target.id}`} className={`break-words text-sky-400 hover:underline ${target.label ? "" : "font-mono"}`} title={target.id}>
          {name}
        </Link>
      ) : (
        <span className={`break-words ${nameClass}`} title={target.id}>
          {name}
        </span>
      )}
      {target.label && (
        <span className="font-mono text-[11px] text-zinc-600" title={target.id}>
          {short(target.id)}
        </span>
      )}
    </span>
  );
}

const ISO = /^\d{4}-\d\d-\d\dT/;

// Postgres stores JSON keys shortest first ("to" before "from"); read them in the order a sentence would.
const KEY_ORDER = ["email", "name", "label", "owner", "role", "from", "to", "scopes", "prefix", "method", "path", "expiresAt"];
const rank = (key: string) => (KEY_ORDER.includes(key) ? KEY_ORDER.indexOf(key) : KEY_ORDER.length);

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return ISO.test(value) && isValid(parseISO(value)) ? format(parseISO(value), "yyyy-MM-dd HH:mm") : value;
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The entry's detail as key/value chips; long values are cut, and the full value is in the tooltip. */
export function AuditDetail({ detail }: { detail: Record<string, unknown> }) {
  const entries = Object.entries(detail).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  if (entries.length === 0) return <span className="text-zinc-600">—</span>;
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs">
      {entries.map(([key, value]) => {
        const text = show(value);
        return (
          <div key={key} className="flex max-w-full min-w-0 gap-1">
            <dt className="text-zinc-500">{key}</dt>
            <dd className="truncate text-zinc-300" title={text.length > 48 ? text : undefined}>
              {text.length > 48 ? `${text.slice(0, 47)}…` : text}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
