import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { COOKIE_PREFIX } from "@/lib/identity/cookie";
import { isPublicPath, signInPath } from "@/lib/identity/next-path";
import { env } from "@/lib/env";
import { problemText } from "@/lib/http/problem";
import { methodsAt } from "@/lib/http/route-table";
import { API_POLICY, createNonce, isHttps, pagePolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";

interface Security {
  policy: string;
  /** Pages only: Next takes the nonce from the request's own CSP header while rendering. */
  nonce?: string;
  https: boolean;
}

/** Step: this request's content security policy, a fresh nonce for every page and none for the API. */
function contentSecurity(request: NextRequest): Security {
  const https = isHttps({ url: request.url, forwardedProto: request.headers.get("x-forwarded-proto") });
  if (request.nextUrl.pathname.startsWith("/api/")) return { policy: API_POLICY, https };
  const nonce = createNonce();
  return { policy: pagePolicy({ nonce, dev: env().NODE_ENV === "development" }), nonce, https };
}

/**
 * Step: a page request without a session cookie goes to sign-in and comes back after. Only the
 * cookie's presence is checked here; the API checks the session itself, so a stale cookie gets
 * the page and its first API call answers 401, which also leads to sign-in.
 */
function signInRedirect(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/") || isPublicPath(pathname)) return null;
  if (getSessionCookie(request, { cookiePrefix: COOKIE_PREFIX })) return null;
  return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
}

/** Step: a method the API route does not serve is a 405 naming those it does; Next's own has no body and no Allow. */
function methodNotAllowed(request: NextRequest): NextResponse | null {
  if (request.method === "HEAD" || request.method === "OPTIONS") return null;
  const methods = methodsAt(request.nextUrl.pathname);
  if (!methods || methods.includes(request.method)) return null;
  const body = problemText(405, "method_not_allowed", `${request.method} is not allowed here; use ${methods.join(" or ")}.`);
  return new NextResponse(body, { status: 405, headers: { allow: methods.join(", "), "content-type": "application/problem+json" } });
}

/** Continue to the page or route handler; the response body streams through untouched (server-sent events). */
function render(request: NextRequest, security: Security): NextResponse {
  if (!security.nonce) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", security.policy);
  headers.set("x-nonce", security.nonce);
  return NextResponse.next({ request: { headers } });
}

/** Whatever the proxy returns, a redirect included, leaves with the request-dependent headers (the fixed ones come from next.config.js). */
function withSecurityHeaders(response: NextResponse, security: Security): NextResponse {
  response.headers.set("content-security-policy", security.policy);
  if (security.https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  const security = contentSecurity(request);

  const refused = methodNotAllowed(request);
  if (refused) return withSecurityHeaders(refused, security);
  const toSignIn = signInRedirect(request);
  if (toSignIn) return withSecurityHeaders(toSignIn, security);
  return withSecurityHeaders(render(request, security), security);
}

export const config = {
  // Everything but build output, optimised images, icon files and robots.txt (public/, for anyone); pages and the API both need the headers.
  matcher: ["/((?!_next/static/|_next/image|favicon\\.ico$|robots\\.txt$|(?:apple-)?icon\\d*(?:\\.\\w+)?$).*)"],
};
