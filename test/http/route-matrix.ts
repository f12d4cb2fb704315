/**
 * Who gets what from every API route. Columns are callers:
 * - anonymous: no credentials; the links in its paths are unknown ones.
 * - participant: no credentials, but holds the drill's channel link (what a responder opens).
 * - viewer: no credentials, but holds a read-only share link for the drill.
 * - observer, facilitator, admin: signed in with a session cookie, writing from the app's own origin.
 * - token: a facilitator's API token with every scope a facilitator may have.
 * Staff who can run the drill also hold its channel link (the control room shows it); only viewers hold share links.
 */
export const CALLERS = ["anonymous", "participant", "viewer", "observer", "facilitator", "admin", "token"] as const;
export type Caller = (typeof CALLERS)[number];

export interface Fixture {
  scenarioId: string;
  drillId: string;
  channelToken: string;
  shareToken: string;
  linkId: string;
  userId: string;
  tokenId: string;
  itemId: string;
  participantId: string;
  /** The participant's key, sent in the participant key header by whoever holds the channel link. */
  participantKey: string;
  /** An ended drill's `drill.started` event; a note's seq; an exercise. */
  eventSeq: number;
  noteSeq: number;
  exerciseId: string;
  /** A second retrospective item of the drill (the first is `itemId`), to merge. */
  mergeItemId?: string;
  /** An action item of the drill (with a proposed verification when prepared so). */
  actionItemId: string;
  unique: string;
}

export type DrillState = "planned" | "running" | "ended" | "in_review" | "closed";
export type Prepare = "fire_alert" | "trigger_injection" | "record_milestone" | "pause" | "share_link" | "script_item" | "user" | "token" | "participant" | "note" | "exercise" | "action_item" | "proposal" | "personal_key" | "retro_items";

export interface MatrixRow {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The route file's folder under app/api, e.g. "drills/[id]/start". */
  route: string;
  path: (f: Fixture, caller: Caller) => string;
  body?: (f: Fixture) => unknown;
  headers?: (f: Fixture) => Record<string, string>;
  drill?: DrillState;
  prepare?: Prepare[];
  expect: Record<Caller, number>;
}

/** Status per caller, in CALLERS order. */
function s(...statuses: number[]): Record<Caller, number> {
  return Object.fromEntries(CALLERS.map((caller, index) => [caller, statuses[index]!])) as Record<Caller, number>;
}

const everyone = (status: number) => s(status, status, status, status, status, status, status);
const readScenario = s(401, 401, 401, 200, 200, 200, 200);
const writeScenario = (ok: number) => s(401, 401, 401, 403, ok, ok, ok);
const readDrill = s(401, 401, 401, 200, 200, 200, 200);
const runDrill = (ok: number) => s(401, 401, 401, 403, ok, ok, ok);
/** Key moments and the notes in the report: observers choose them too. */
const curate = (ok: number) => s(401, 401, 401, ok, ok, ok, ok);
/** A share link is a credential: people hand them out, automation does not (no token scope grants it). */
const shareManage = (ok: number) => s(401, 401, 401, 403, ok, ok, 403);
const adminOnly = (ok: number) => s(401, 401, 401, 403, 403, ok, 403);
/** Your own tokens: any signed-in person, never a token. */
const tokenManage = (ok: number) => s(401, 401, 401, ok, ok, ok, 403);

const channelHolders: Caller[] = ["participant", "facilitator", "admin", "token"];
const channel = (f: Fixture, caller: Caller) => (channelHolders.includes(caller) ? f.channelToken : "not-a-channel-link");
const watch = (f: Fixture, caller: Caller) => (caller === "viewer" ? f.shareToken : "not-a-share-link");
/** The link in the path is the permission: whoever holds it gets in, the rest get 404. */
const channelLink = (ok: number) => s(404, ok, 404, 404, ok, ok, ok);
const shareLink = s(404, 404, 200, 404, 404, 404, 404);
/** In the channel, who acts is the participant whose key the request carries, whatever else it carries. */
const participantKey = (f: Fixture) => ({ "x-participant-key": f.participantKey });

const SURVEY_ANSWER = { answers: { difficulty: { score: 3, text: "about right" }, usefulness: { score: 4 }, enjoyment: { score: 5 } } };
const d = (f: Fixture) => `/api/drills/${f.drillId}`;
const sc = (f: Fixture) => `/api/scenarios/${f.scenarioId}`;

export const MATRIX: MatrixRow[] = [
  { method: "GET", route: "health", path: () => "/api/health", expect: everyone(200) },
  { method: "GET", route: "me", path: () => "/api/me", expect: everyone(200) },
  { method: "GET", route: "setup", path: () => "/api/setup", expect: everyone(200) },
  // Accounts exist, so the first-run setup is closed to everyone.
  { method: "POST", route: "setup", path: () => "/api/setup", body: (f) => ({ name: "Late", email: `late-${f.unique}@test.drillroom`, password: "a long enough password" }), expect: everyone(409) },
  { method: "GET", route: "auth/[...all]", path: () => "/api/auth/get-session", expect: everyone(200) },
  { method: "POST", route: "auth/[...all]", path: () => "/api/auth/sign-in/email", body: (f) => ({ email: `nobody-${f.unique}@test.drillroom`, password: "wrong password!" }), expect: everyone(401) },

  { method: "GET", route: "scenarios", path: () => "/api/scenarios", expect: readScenario },
  { method: "POST", route: "scenarios", path: () => "/api/scenarios", body: () => ({ definition: "DEFINITION" }), expect: writeScenario(201) },
  { method: "GET", route: "scenarios/schema", path: () => "/api/scenarios/schema", expect: everyone(200) },
  { method: "POST", route: "scenarios/import", path: () => "/api/scenarios/import", body: () => ({ content: "DOCUMENT", mode: "copy" }), expect: writeScenario(201) },
  { method: "GET", route: "scenarios/[id]", path: sc, expect: readScenario },
  { method: "PUT", route: "scenarios/[id]", path: sc, body: () => ({ baseRevision: 1, definition: "DEFINITION" }), expect: writeScenario(200) },
  { method: "POST", route: "scenarios/[id]/archive", path: (f) => `${sc(f)}/archive`, body: () => ({ archived: true }), expect: writeScenario(200) },
  { method: "POST", route: "scenarios/[id]/duplicate", path: (f) => `${sc(f)}/duplicate`, expect: writeScenario(201) },
  { method: "POST", route: "scenarios/[id]/dry-runs", path: (f) => `${sc(f)}/dry-runs`, body: () => ({}), expect: writeScenario(201) },
  { method: "GET", route: "scenarios/[id]/export", path: (f) => `${sc(f)}/export`, expect: readScenario },
  { method: "GET", route: "scenarios/[id]/readiness", path: (f) => `${sc(f)}/readiness`, expect: readScenario },
  { method: "POST", route: "scenarios/[id]/readiness", path: (f) => `${sc(f)}/readiness`, body: () => ({ item: "signals", verified: true }), expect: writeScenario(201) },
  { method: "GET", route: "scenarios/[id]/revisions", path: (f) => `${sc(f)}/revisions`, expect: readScenario },
  { method: "GET", route: "scenarios/[id]/revisions/[number]", path: (f) => `${sc(f)}/revisions/1`, expect: readScenario },
  { method: "GET", route: "scenarios/[id]/revisions/compare", path: (f) => `${sc(f)}/revisions/compare?from=1&to=1`, expect: readScenario },
  { method: "POST", route: "scenarios/[id]/webhook-secret/reveal", path: (f) => `${sc(f)}/webhook-secret/reveal`, expect: writeScenario(200) },
  { method: "POST", route: "scenarios/[id]/webhook-secret/rotate", path: (f) => `${sc(f)}/webhook-secret/rotate`, expect: writeScenario(200) },

  { method: "GET", route: "drills", path: () => "/api/drills", expect: readDrill },
  { method: "POST", route: "drills", path: () => "/api/drills", body: (f) => ({ scenarioId: f.scenarioId }), expect: runDrill(201) },
  { method: "GET", route: "drills/[id]", path: d, drill: "running", expect: readDrill },
  { method: "DELETE", route: "drills/[id]", path: d, drill: "planned", expect: runDrill(200) },
  { method: "GET", route: "drills/[id]/timeline", path: (f) => `${d(f)}/timeline`, drill: "running", expect: readDrill },
  { method: "GET", route: "drills/[id]/stream", path: (f) => `${d(f)}/stream`, drill: "running", expect: readDrill },
  { method: "GET", route: "drills/[id]/milestones", path: (f) => `${d(f)}/milestones`, drill: "running", expect: readDrill },
  { method: "GET", route: "drills/[id]/roster", path: (f) => `${d(f)}/roster`, drill: "running", expect: readDrill },
  { method: "GET", route: "drills/[id]/chat", path: (f) => `${d(f)}/chat`, drill: "running", expect: readDrill },
  { method: "PUT", route: "drills/[id]/chat", path: (f) => `${d(f)}/chat`, drill: "planned", body: () => ({ chatProvider: "builtin" }), expect: runDrill(200) },
  { method: "PUT", route: "drills/[id]/roster", path: (f) => `${d(f)}/roster`, drill: "planned", body: () => ({ people: [{ name: "Ann Active", role: "active_responder", team: "API" }] }), expect: runDrill(200) },
  { method: "POST", route: "drills/[id]/roster", path: (f) => `${d(f)}/roster`, drill: "running", body: () => ({ people: [{ name: "Late Larry", role: "active_responder", team: "API" }] }), expect: runDrill(201) },
  { method: "POST", route: "drills/[id]/start", path: (f) => `${d(f)}/start`, drill: "planned", expect: runDrill(200) },
  { method: "POST", route: "drills/[id]/pause", path: (f) => `${d(f)}/pause`, drill: "running", expect: runDrill(200) },
  { method: "POST", route: "drills/[id]/resume", path: (f) => `${d(f)}/resume`, drill: "running", prepare: ["pause"], expect: runDrill(200) },
  { method: "POST", route: "drills/[id]/end", path: (f) => `${d(f)}/end`, drill: "running", body: () => ({ outcome: "mitigated" }), expect: runDrill(200) },
  { method: "POST", route: "drills/[id]/abort", path: (f) => `${d(f)}/abort`, drill: "running", body: () => ({ confirm: true }), expect: runDrill(200) },
  { method: "POST", route: "drills/[id]/alerts", path: (f) => `${d(f)}/alerts`, drill: "running", body: () => ({ alertId: "alert-1" }), expect: runDrill(201) },
  { method: "POST", route: "drills/[id]/hints", path: (f) => `${d(f)}/hints`, drill: "running", body: () => ({ hintId: "hint-2" }), expect: runDrill(201) },
  { method: "POST", route: "drills/[id]/injections", path: (f) => `${d(f)}/injections`, drill: "running", body: () => ({ stepId: "inj-1", note: "done by hand" }), expect: runDrill(201) },
  { method: "POST", route: "drills/[id]/rollbacks", path: (f) => `${d(f)}/rollbacks`, drill: "running", prepare: ["trigger_injection"], body: () => ({ stepId: "inj-1", note: "undone" }), expect: runDrill(201) },
  { method: "POST", route: "drills/[id]/acknowledgements", path: (f) => `${d(f)}/acknowledgements`, drill: "running", prepare: ["fire_alert"], body: () => ({ alertId: "alert-2" }), expect: runDrill(201) },
  { method: "POST", route: "drills/[id]/escalations", path: (f) => `${d(f)}/escalations`, drill: "running", body: () => ({ team: "API" }), expect: runDrill(201) },
  { method: "POST", route: "drills/[id]/milestones", path: (f) => `${d(f)}/milestones`, drill: "running", body: () => ({ milestone: "impact_identified" }), expect: runDrill(201) },
  { method: "POST", route: "drills/[id]/milestones/[milestone]/corrections", path: (f) => `${d(f)}/milestones/acknowledged/corrections`, drill: "running", prepare: ["record_milestone"], body: () => ({ toOffsetMs: 0, reason: "heard it on the call" }), expect: runDrill(201) },
  // Observers write notes; that is all they write.
  { method: "POST", route: "drills/[id]/notes", path: (f) => `${d(f)}/notes`, drill: "running", body: () => ({ text: "They found the pool quickly" }), expect: s(401, 401, 401, 201, 201, 201, 201) },
  { method: "POST", route: "drills/[id]/script/[itemId]/[action]", path: (f) => `${d(f)}/script/${f.itemId}/skip`, drill: "running", prepare: ["script_item"], body: () => ({}), expect: runDrill(200) },
  { method: "GET", route: "drills/[id]/share-links", path: (f) => `${d(f)}/share-links`, drill: "running", expect: shareManage(200) },
  { method: "POST", route: "drills/[id]/share-links", path: (f) => `${d(f)}/share-links`, drill: "running", body: () => ({ label: "Leads", expiresInHours: 2 }), expect: shareManage(201) },
  { method: "DELETE", route: "drills/[id]/share-links/[linkId]", path: (f) => `${d(f)}/share-links/${f.linkId}`, drill: "running", prepare: ["share_link"], expect: shareManage(200) },

  { method: "GET", route: "drills/[id]/debrief", path: (f) => `${d(f)}/debrief`, drill: "ended", expect: readDrill },
  { method: "GET", route: "drills/[id]/replay", path: (f) => `${d(f)}/replay`, drill: "ended", expect: readDrill },
  { method: "POST", route: "drills/[id]/review", path: (f) => `${d(f)}/review`, drill: "ended", expect: runDrill(200) },
  { method: "POST", route: "drills/[id]/reveal", path: (f) => `${d(f)}/reveal`, drill: "ended", expect: runDrill(200) },
  { method: "POST", route: "drills/[id]/close", path: (f) => `${d(f)}/close`, drill: "in_review", expect: runDrill(200) },
  { method: "POST", route: "drills/[id]/reopen", path: (f) => `${d(f)}/reopen`, drill: "closed", body: () => ({ reason: "a milestone was missed" }), expect: runDrill(200) },
  { method: "POST", route: "drills/[id]/milestones/after-the-fact", path: (f) => `${d(f)}/milestones/after-the-fact`, drill: "in_review", body: (f) => ({ milestone: "acknowledged", evidenceSeq: f.eventSeq, reason: "forgot to press it" }), expect: runDrill(201) },
  { method: "PUT", route: "drills/[id]/objectives/[objectiveId]/rating", path: (f) => `${d(f)}/objectives/mitigate/rating`, drill: "ended", body: () => ({ rating: "S", reason: "slow to page" }), expect: runDrill(200) },
  { method: "PUT", route: "drills/[id]/model-answer/[step]", path: (f) => `${d(f)}/model-answer/0`, drill: "ended", body: (f) => ({ verdict: "done", evidenceSeqs: [f.eventSeq] }), expect: runDrill(200) },
  { method: "PUT", route: "drills/[id]/key-moments/[seq]", path: (f) => `${d(f)}/key-moments/${f.eventSeq}`, drill: "ended", body: () => ({ starred: true }), expect: curate(200) },
  { method: "PUT", route: "drills/[id]/report-notes/[seq]", path: (f) => `${d(f)}/report-notes/${f.noteSeq}`, drill: "ended", prepare: ["note"], body: () => ({ picked: true }), expect: curate(200) },
  // The retrospective: facilitators and observers write it together, from the end to the close.
  { method: "GET", route: "drills/[id]/retro", path: (f) => `${d(f)}/retro`, drill: "ended", expect: readDrill },
  { method: "POST", route: "drills/[id]/retro", path: (f) => `${d(f)}/retro`, drill: "ended", body: () => ({ category: "strength", text: "Paged the right team at once" }), expect: curate(201) },
  { method: "POST", route: "drills/[id]/retro/drafts", path: (f) => `${d(f)}/retro/drafts`, drill: "ended", prepare: ["note"], expect: curate(200) },
  { method: "PATCH", route: "drills/[id]/retro/[itemId]", path: (f) => `${d(f)}/retro/${f.itemId}`, drill: "ended", prepare: ["retro_items"], body: () => ({ text: "Paged the right team within a minute" }), expect: curate(200) },
  { method: "DELETE", route: "drills/[id]/retro/[itemId]", path: (f) => `${d(f)}/retro/${f.itemId}`, drill: "ended", prepare: ["retro_items"], expect: curate(200) },
  { method: "POST", route: "drills/[id]/retro/merges", path: (f) => `${d(f)}/retro/merges`, drill: "ended", prepare: ["retro_items"], body: (f) => ({ into: f.itemId, items: [f.mergeItemId] }), expect: curate(200) },
  // The survey, from the end to the close: staff answer as themselves (a fresh drill per cell, so each is a first answer).
  { method: "GET", route: "drills/[id]/survey", path: (f) => `${d(f)}/survey`, drill: "ended", expect: readDrill },
  { method: "PUT", route: "drills/[id]/survey", path: (f) => `${d(f)}/survey`, drill: "ended", body: () => SURVEY_ANSWER, expect: s(401, 401, 401, 201, 201, 201, 201) },
  { method: "GET", route: "drills/[id]/survey/results", path: (f) => `${d(f)}/survey/results`, drill: "ended", expect: readDrill },
  { method: "PUT", route: "drills/[id]/exercise", path: (f) => `${d(f)}/exercise`, drill: "planned", prepare: ["exercise"], body: (f) => ({ exerciseId: f.exerciseId }), expect: runDrill(200) },
  ...(["report", "report/json", "report/markdown", "report/pdf"] as const).map((route): MatrixRow => ({ method: "GET", route: `drills/[id]/${route}`, path: (f) => `${d(f)}/${route}`, drill: "ended", expect: readDrill })),
  ...(["report", "report/json", "report/markdown", "report/pdf"] as const).map(
    (route): MatrixRow => ({ method: "GET", route: `watch/[token]/${route}`, path: (f, caller) => `/api/watch/${watch(f, caller)}/${route}`, drill: "ended", prepare: ["share_link"], expect: shareLink }),
  ),
  { method: "GET", route: "exercises", path: () => "/api/exercises", expect: readDrill },
  { method: "POST", route: "exercises", path: () => "/api/exercises", body: () => ({ name: "Game day", date: "2026-12-05" }), expect: runDrill(201) },
  { method: "GET", route: "exercises/[id]", path: (f) => `/api/exercises/${f.exerciseId}`, prepare: ["exercise"], expect: readDrill },
  { method: "PATCH", route: "exercises/[id]", path: (f) => `/api/exercises/${f.exerciseId}`, prepare: ["exercise"], body: () => ({ name: "Renamed" }), expect: runDrill(200) },
  { method: "DELETE", route: "exercises/[id]", path: (f) => `/api/exercises/${f.exerciseId}`, prepare: ["exercise"], expect: runDrill(204) },
  ...(["report", "report/json", "report/markdown", "report/pdf"] as const).map((route): MatrixRow => ({ method: "GET", route: `exercises/[id]/${route}`, path: (f) => `/api/exercises/${f.exerciseId}/${route}`, prepare: ["exercise"], expect: readDrill })),

  { method: "GET", route: "improvements", path: () => "/api/improvements?status=open", expect: readDrill },
  { method: "POST", route: "improvements", path: () => "/api/improvements", drill: "ended", body: (f) => ({ drillId: f.drillId, title: "Write the failover runbook", owner: "Mina", category: "planning", dueDate: "2026-12-20" }), expect: runDrill(201) },
  { method: "GET", route: "improvements/[id]", path: (f) => `/api/improvements/${f.actionItemId}`, drill: "ended", prepare: ["action_item"], expect: readDrill },
  { method: "PATCH", route: "improvements/[id]", path: (f) => `/api/improvements/${f.actionItemId}`, drill: "ended", prepare: ["action_item"], body: () => ({ status: "in_progress" }), expect: runDrill(200) },
  { method: "POST", route: "improvements/[id]/verification", path: (f) => `/api/improvements/${f.actionItemId}/verification`, drill: "ended", prepare: ["action_item", "proposal"], expect: runDrill(200) },
  { method: "DELETE", route: "improvements/[id]/verification", path: (f) => `/api/improvements/${f.actionItemId}/verification`, drill: "ended", prepare: ["action_item", "proposal"], body: () => ({ reason: "that drill was too easy" }), expect: runDrill(200) },

  { method: "GET", route: "channel/[token]", path: (f, caller) => `/api/channel/${channel(f, caller)}`, drill: "running", expect: channelLink(200) },
  { method: "GET", route: "channel/[token]/timeline", path: (f, caller) => `/api/channel/${channel(f, caller)}/timeline`, drill: "running", expect: channelLink(200) },
  { method: "GET", route: "channel/[token]/stream", path: (f, caller) => `/api/channel/${channel(f, caller)}/stream`, drill: "running", expect: channelLink(200) },
  { method: "POST", route: "channel/[token]/participants", path: (f, caller) => `/api/channel/${channel(f, caller)}/participants`, drill: "running", body: () => ({ displayName: "Mina" }), expect: channelLink(201) },
  { method: "POST", route: "channel/[token]/messages", path: (f, caller) => `/api/channel/${channel(f, caller)}/messages`, drill: "running", prepare: ["participant"], headers: participantKey, body: () => ({ text: "on it" }), expect: channelLink(201) },
  { method: "POST", route: "channel/[token]/acknowledgements", path: (f, caller) => `/api/channel/${channel(f, caller)}/acknowledgements`, drill: "running", prepare: ["fire_alert", "participant"], headers: participantKey, body: () => ({ alertId: "alert-2" }), expect: channelLink(201) },

  // After the end nobody joins: the key is a roster member's personal link, which answers without ever having joined.
  { method: "GET", route: "channel/[token]/survey", path: (f, caller) => `/api/channel/${channel(f, caller)}/survey`, drill: "ended", prepare: ["personal_key"], headers: participantKey, expect: channelLink(200) },
  { method: "PUT", route: "channel/[token]/survey", path: (f, caller) => `/api/channel/${channel(f, caller)}/survey`, drill: "ended", prepare: ["personal_key"], headers: participantKey, body: () => SURVEY_ANSWER, expect: channelLink(201) },

  { method: "GET", route: "watch/[token]", path: (f, caller) => `/api/watch/${watch(f, caller)}`, drill: "running", prepare: ["share_link"], expect: shareLink },
  { method: "GET", route: "watch/[token]/timeline", path: (f, caller) => `/api/watch/${watch(f, caller)}/timeline`, drill: "running", prepare: ["share_link"], expect: shareLink },
  { method: "GET", route: "watch/[token]/stream", path: (f, caller) => `/api/watch/${watch(f, caller)}/stream`, drill: "running", prepare: ["share_link"], expect: shareLink },
  { method: "GET", route: "watch/[token]/replay", path: (f, caller) => `/api/watch/${watch(f, caller)}/replay`, drill: "ended", prepare: ["share_link"], expect: shareLink },

  { method: "GET", route: "users", path: () => "/api/users", expect: adminOnly(200) },
  { method: "POST", route: "users", path: () => "/api/users", body: (f) => ({ name: "New Person", email: `new-${f.unique}@test.drillroom`, role: "observer", password: "a long enough password" }), expect: adminOnly(201) },
  { method: "PATCH", route: "users/[id]", path: (f) => `/api/users/${f.userId}`, prepare: ["user"], body: () => ({ role: "facilitator" }), expect: adminOnly(200) },
  { method: "GET", route: "audit", path: () => "/api/audit", expect: adminOnly(200) },
  { method: "GET", route: "analytics", path: () => "/api/analytics", expect: readDrill },
  // Per-person figures: facilitators and admins, never observers, and no token scope carries them.
  { method: "GET", route: "analytics/responders", path: () => "/api/analytics/responders", expect: s(401, 401, 401, 403, 200, 200, 403) },
  { method: "GET", route: "admin/settings", path: () => "/api/admin/settings", expect: adminOnly(200) },
  // Sets the switch to what it already is: other tests running meanwhile keep per-person figures on.
  { method: "PUT", route: "admin/settings", path: () => "/api/admin/settings", body: () => ({ responderAnalytics: true }), expect: adminOnly(200) },
  { method: "GET", route: "tokens", path: () => "/api/tokens", expect: tokenManage(200) },
  { method: "POST", route: "tokens", path: () => "/api/tokens", body: () => ({ name: "CI", scopes: ["drill.read"] }), expect: tokenManage(201) },
  // The token belongs to the signed-in facilitator: an observer does not see it (404), an admin may revoke anyone's.
  { method: "DELETE", route: "tokens/[id]", path: (f) => `/api/tokens/${f.tokenId}`, prepare: ["token"], expect: s(401, 401, 401, 404, 200, 200, 403) },

  // Slack signs its requests; nothing else opens this door, whoever calls.
  { method: "POST", route: "slack/events", path: () => "/api/slack/events", body: () => ({ type: "url_verification", challenge: "x" }), expect: everyone(401) },
];

/** Next's params for a concrete path, read off the route's folder names ([id], [...all]). */
export function paramsFor(route: string, path: string): Record<string, string | string[]> {
  const routeParts = route.split("/");
  const pathParts = new URL(path, "http://drillroom.test").pathname.replace(/^\/api\//, "").split("/");
  const params: Record<string, string | string[]> = {};
  routeParts.forEach((part, index) => {
    const rest = /^\[\.\.\.(\w+)\]$/.exec(part);
    if (rest) params[rest[1]!] = pathParts.slice(index);
    else if (/^\[(\w+)\]$/.test(part)) params[part.slice(1, -1)] = pathParts[index]!;
  });
  return params;
}
