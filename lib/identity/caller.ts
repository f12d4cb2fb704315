import { authenticateApiToken } from "../api-tokens/authenticate-token";
import { anonymousActor, type Actor } from "../context";
import { ForbiddenError } from "../errors";
import { requestOrigin } from "../auth/origin";
import { isStaffRole } from "../drill-model/permissions";
import { auth, trustedOrigins } from "./server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery needs a browser, and browsers say where a request comes from
 * (Sec-Fetch-Site, Origin): refuse a cookie-authenticated write that another site started.
 * A request with neither header is not from a browser page, so it cannot be forged by one.
 * (The same rule as Go's net/http CrossOriginProtection.)
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  if (site === "same-origin" || site === "none") return;
  const origin = request.headers.get("origin");
  if (!site && !origin) return;
  if (origin && (trustedOrigins().includes(origin) || origin === new URL(request.url).origin || origin === requestOrigin(request))) return;
  throw new ForbiddenError("Cross-site request refused: make changes from drillroom's own pages, or use an API token.");
}

/** Who sent the request: an API token (Authorization: Bearer), a signed-in session cookie, or nobody. */
export async function actorFromRequest(request: Request): Promise<Actor> {
  const authorization = request.headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) {
    const token = authorization.slice(7).trim();
    return authenticateApiToken({ ctx: { actor: anonymousActor }, input: { token, method: request.method, path: new URL(request.url).pathname } });
  }
  if (!request.headers.get("cookie")) return anonymousActor;
  const session = await auth().api.getSession({ headers: request.headers });
  if (!session) return anonymousActor;
  const { user } = session;
  if (user.disabledAt || !isStaffRole(user.role)) return anonymousActor;
  assertSameOrigin(request);
  return { type: user.role, id: user.id, name: user.name };
}
