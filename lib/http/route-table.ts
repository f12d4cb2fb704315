/**
 * Every route under app/api (its folder) and the methods it serves. The proxy answers any other method with a
 * 405 problem naming these (Next's own 405 has no body and no Allow header); test/http/route-table.test.ts
 * fails when a route file and this list disagree.
 */
export const API_ROUTES: readonly (readonly [route: string, methods: readonly string[]])[] = [
  ["admin/settings", ["GET", "PUT"]],
  ["analytics", ["GET"]],
  ["analytics/responders", ["GET"]],
  ["audit", ["GET"]],
  ["auth/[...all]", ["GET", "POST"]],
  ["channel/[token]", ["GET"]],
  ["channel/[token]/acknowledgements", ["POST"]],
  ["channel/[token]/messages", ["POST"]],
  ["channel/[token]/participants", ["POST"]],
  ["channel/[token]/stream", ["GET"]],
  ["channel/[token]/survey", ["GET", "PUT"]],
  ["channel/[token]/timeline", ["GET"]],
  ["drills", ["GET", "POST"]],
  ["drills/[id]", ["DELETE", "GET"]],
  ["drills/[id]/abort", ["POST"]],
  ["drills/[id]/acknowledgements", ["POST"]],
  ["drills/[id]/alerts", ["POST"]],
  ["drills/[id]/chat", ["GET", "PUT"]],
  ["drills/[id]/close", ["POST"]],
  ["drills/[id]/debrief", ["GET"]],
  ["drills/[id]/end", ["POST"]],
  ["drills/[id]/escalations", ["POST"]],
  ["drills/[id]/exercise", ["PUT"]],
  ["drills/[id]/hints", ["POST"]],
  ["drills/[id]/injections", ["POST"]],
  ["drills/[id]/key-moments/[seq]", ["PUT"]],
  ["drills/[id]/milestones", ["GET", "POST"]],
  ["drills/[id]/milestones/[milestone]/corrections", ["POST"]],
  ["drills/[id]/milestones/after-the-fact", ["POST"]],
  ["drills/[id]/model-answer/[step]", ["PUT"]],
  ["drills/[id]/notes", ["POST"]],
  ["drills/[id]/objectives/[objectiveId]/rating", ["PUT"]],
  ["drills/[id]/pause", ["POST"]],
  ["drills/[id]/reopen", ["POST"]],
  ["drills/[id]/replay", ["GET"]],
  ["drills/[id]/report", ["GET"]],
  ["drills/[id]/report-notes/[seq]", ["PUT"]],
  ["drills/[id]/report/json", ["GET"]],
  ["drills/[id]/report/markdown", ["GET"]],
  ["drills/[id]/report/pdf", ["GET"]],
  ["drills/[id]/resume", ["POST"]],
  ["drills/[id]/retro", ["GET", "POST"]],
  ["drills/[id]/retro/[itemId]", ["DELETE", "PATCH"]],
  ["drills/[id]/retro/drafts", ["POST"]],
  ["drills/[id]/retro/merges", ["POST"]],
  ["drills/[id]/reveal", ["POST"]],
  ["drills/[id]/review", ["POST"]],
  ["drills/[id]/rollbacks", ["POST"]],
  ["drills/[id]/roster", ["GET", "POST", "PUT"]],
  ["drills/[id]/script/[itemId]/[action]", ["POST"]],
  ["drills/[id]/share-links", ["GET", "POST"]],
  ["drills/[id]/share-links/[linkId]", ["DELETE"]],
  ["drills/[id]/start", ["POST"]],
  ["drills/[id]/stream", ["GET"]],
  ["drills/[id]/survey", ["GET", "PUT"]],
  ["drills/[id]/survey/results", ["GET"]],
  ["drills/[id]/timeline", ["GET"]],
  ["exercises", ["GET", "POST"]],
  ["exercises/[id]", ["DELETE", "GET", "PATCH"]],
  ["exercises/[id]/report", ["GET"]],
  ["exercises/[id]/report/json", ["GET"]],
  ["exercises/[id]/report/markdown", ["GET"]],
  ["exercises/[id]/report/pdf", ["GET"]],
  ["health", ["GET"]],
  ["improvements", ["GET", "POST"]],
  ["improvements/[id]", ["GET", "PATCH"]],
  ["improvements/[id]/verification", ["DELETE", "POST"]],
  ["me", ["GET"]],
  ["scenarios", ["GET", "POST"]],
  ["scenarios/[id]", ["GET", "PUT"]],
  ["scenarios/[id]/archive", ["POST"]],
  ["scenarios/[id]/dry-runs", ["POST"]],
  ["scenarios/[id]/duplicate", ["POST"]],
  ["scenarios/[id]/export", ["GET"]],
  ["scenarios/[id]/readiness", ["GET", "POST"]],
  ["scenarios/[id]/revisions", ["GET"]],
  ["scenarios/[id]/revisions/[number]", ["GET"]],
  ["scenarios/[id]/revisions/compare", ["GET"]],
  ["scenarios/[id]/webhook-secret/reveal", ["POST"]],
  ["scenarios/[id]/webhook-secret/rotate", ["POST"]],
  ["scenarios/import", ["POST"]],
  ["scenarios/schema", ["GET"]],
  ["setup", ["GET", "POST"]],
  ["slack/events", ["POST"]],
  ["tokens", ["GET", "POST"]],
  ["tokens/[id]", ["DELETE"]],
  ["users", ["GET", "POST"]],
  ["users/[id]", ["PATCH"]],
  ["watch/[token]", ["GET"]],
  ["watch/[token]/replay", ["GET"]],
  ["watch/[token]/report", ["GET"]],
  ["watch/[token]/report/json", ["GET"]],
  ["watch/[token]/report/markdown", ["GET"]],
  ["watch/[token]/report/pdf", ["GET"]],
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
