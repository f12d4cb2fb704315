/**
 * The headers that depend on the request: the Content-Security-Policy (a fresh nonce per page) and
 * Strict-Transport-Security (https only). proxy.ts applies them; the fixed ones (nosniff, frame and
 * referrer policies, ...) are set on every response, static files included, by next.config.js.
 */

type Directives = Record<string, readonly string[]>;

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** 128 random bits, base64: unguessable, and free of characters Next refuses in a nonce. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The policy for HTML pages. Next reads the nonce back from it while rendering and puts it on its own scripts. */
export function pagePolicy({ nonce, dev }: { nonce: string; dev: boolean }): string {
  return serialize({
    "default-src": ["'self'"],
    // 'strict-dynamic': the chunks the nonce'd Next runtime loads are trusted too. React needs eval in development only.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // React style={...} attributes and Next's injected style tags cannot carry a nonce, and styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "object-src": ["'none'"],
  });
}

/** API responses are data, never documents: nothing loads from them and nothing frames them. */
export const API_POLICY = serialize({ "default-src": ["'none'"], "frame-ancestors": ["'none'"] });

export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Behind a TLS-terminating proxy the URL may say http, so the X-Forwarded-Proto it sets (first hop) counts too. */
export function isHttps({ url, forwardedProto }: { url: string; forwardedProto: string | null }): boolean {
  return url.startsWith("https:") || forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
