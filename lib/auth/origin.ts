/**
 * The origin an address stands for, or null when it is not a plain http(s) origin. Host headers come from
 * clients, so anything else (credentials, a path, another scheme, an unparsable host) is refused.
 */
export function parseOrigin(value: string | null | undefined): string | null {
  if (!value || value.length > 255) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/") return null;
  return url.origin;
}

/**
 * The origin a request was made to, as the browser saw it: the forwarded host (or Host) and the scheme the
 * launcher's front reports. A page cannot set these on a cross-site request, so they cannot forge a match.
 */
export function requestOrigin(request: Request): string | null {
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim() || null;
  const host = first("x-forwarded-host") ?? first("host");
  if (!host) return null;
  const forwarded = first("x-forwarded-proto")?.toLowerCase();
  const scheme = forwarded === "https" || forwarded === "http" ? forwarded : new URL(request.url).protocol.slice(0, -1);
  // A browser's Host is a bare host[:port]; "evil.example/x" or "a@b" would parse into something else.
  if (/[/@?#\\\s]/.test(host)) return null;
  return parseOrigin(`${scheme}://${host}`);
}
