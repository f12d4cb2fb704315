/**
 * Where to go after signing in: only a path on this site. "//host" and "/\host" are other sites
 * to a browser, so a crafted ?next= cannot send someone away from drillroom.
 */
export function safeNextPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters (tabs, newlines) are dropped by URL parsers and could rebuild "//".
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  return value;
}

const PUBLIC_PATHS = [/^\/sign-in(\/|$)/, /^\/setup(\/|$)/, /^\/channel\//, /^\/watch\//];

/** Pages reachable without signing in: a 401 there is expected, not a session that ran out. */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((pattern) => pattern.test(pathname));
}

export function signInPath(next?: string): string {
  const target = next === undefined ? "/" : safeNextPath(next);
  return target === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(target)}`;
}
