/**
 * Every route under app/api (its folder) and the methods it serves. The proxy answers any other method with a
 * 405 problem naming these (Next's own 405 has no body and no Allow header); test/http/route-table.test.ts
 * fails when a route file and this list disagree.
 */
export const API_ROUTES: readonly (readonly [route: string, methods: readonly string[]])[] = [
  ["audit", ["GET"]],
  ["auth/[...all]", ["GET", "POST"]],
  ["channel/[token]/acknowledgements", ["POST"]],
  ["channel/[token]/messages", ["POST"]],
  ["channel/[token]/participants", ["POST"]],
  ["channel/[token]", ["GET"]],
  ["channel/[token]/stream", ["GET"]],
  ["channel/[token]/timeline", ["GET"]],
  ["drills/[id]/abort", ["POST"]],
  ["drills/[id]/acknowledgements", ["POST"]],
  ["drills/[id]/alerts", ["POST"]],
  ["drills/[id]/chat", ["GET", "PUT"]],
  ["drills/[id]/end", ["POST"]],
  ["drills/[id]/escalations", ["POST"]],
  ["drills/[id]/hints", ["POST"]],
  ["drills/[id]/injections", ["POST"]],
  ["drills/[id]/milestones/[milestone]/corrections", ["POST"]],
  ["drills/[id]/milestones", ["GET", "POST"]],
  ["drills/[id]/notes", ["POST"]],
  ["drills/[id]/pause", ["POST"]],
  ["drills/[id]/resume", ["POST"]],
  ["drills/[id]/rollbacks", ["POST"]],
  ["drills/[id]/roster", ["GET", "POST", "PUT"]],
  ["drills/[id]", ["DELETE", "GET"]],
  ["drills/[id]/script/[itemId]/[action]", ["POST"]],
  ["drills/[id]/share-links/[linkId]", ["DELETE"]],
  ["drills/[id]/share-links", ["GET", "POST"]],
  ["drills/[id]/start", ["POST"]],
  ["drills/[id]/stream", ["GET"]],
  ["drills/[id]/timeline", ["GET"]],
  ["drills", ["GET", "POST"]],
  ["health", ["GET"]],
  ["me", ["GET"]],
  ["scenarios/[id]/archive", ["POST"]],
  ["scenarios/[id]/dry-runs", ["POST"]],
  ["scenarios/[id]/duplicate", ["POST"]],
  ["scenarios/[id]/export", ["GET"]],
  ["scenarios/[id]/readiness", ["GET", "POST"]],
  ["scenarios/[id]/revisions/[number]", ["GET"]],
  ["scenarios/[id]/revisions/compare", ["GET"]],
  ["scenarios/[id]/revisions", ["GET"]],
  ["scenarios/[id]", ["GET", "PUT"]],
  ["scenarios/[id]/webhook-secret/reveal", ["POST"]],
  ["scenarios/[id]/webhook-secret/rotate", ["POST"]],
  ["scenarios/import", ["POST"]],
  ["scenarios", ["GET", "POST"]],
  ["scenarios/schema", ["GET"]],
  ["setup", ["GET", "POST"]],
  ["slack/events", ["POST"]],
  ["tokens/[id]", ["DELETE"]],
  ["tokens", ["GET", "POST"]],
  ["users/[id]", ["PATCH"]],
  ["users", ["GET", "POST"]],
  ["watch/[token]", ["GET"]],
  ["watch/[token]/stream", ["GET"]],
  ["watch/[token]/timeline", ["GET"]],
];

const segmentsOf = (route: string) => route.split("/");

/** How a route's segment matches: static first, then [param], then [...rest], as Next picks between them. */
function rank(segment: string): number {
  if (segment.startsWith("[...")) return 2;
  return segment.startsWith("[") ? 1 : 0;
}

function matches(route: string, parts: readonly string[]): boolean {
  const segments = segmentsOf(route);
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (rank(segment) === 2) return parts.length > index;
    if (index >= parts.length) return false;
    if (rank(segment) === 0 && segment !== parts[index]) return false;
  }
  return segments.length === parts.length;
}

/** Static beats dynamic segment by segment, so /api/scenarios/import is not /api/scenarios/[id]. */
function moreSpecific(a: string, b: string): number {
  const left = segmentsOf(a);
  const right = segmentsOf(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const difference = rank(left[index]!) - rank(right[index]!);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The methods served at an /api path, or null when no route matches it (Next's 404 answers that). */
export function methodsAt(pathname: string): readonly string[] | null {
  if (!pathname.startsWith("/api/")) return null;
  const parts = pathname.slice("/api/".length).replace(/\/$/, "").split("/");
  const found = API_ROUTES.filter(([route]) => matches(route, parts)).sort(([a], [b]) => moreSpecific(a, b));
  return found[0]?.[1] ?? null;
}
