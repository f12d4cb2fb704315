import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { genericOAuth } from "better-auth/plugins";
import { recordAudit } from "../audit/record";
import { COOKIE_PREFIX } from "./cookie";
import { OIDC_PROVIDER_ID } from "./oidc";
import { MIN_PASSWORD_LENGTH } from "../auth/password";
import { prisma } from "../db/client";
import { appUrl, env } from "../env";
import { requestOrigin } from "../auth/origin";
import { logger } from "../logger";

function requireSecret(): string {
  const secret = env().DRILLROOM_AUTH_SECRET;
  if (!secret) throw new Error("DRILLROOM_AUTH_SECRET is not set: start the app with `npm run dev`/`npm start` (the launcher keeps one in the data folder) or set it (`openssl rand -base64 32`).");
  return secret;
}

/** Browsers may reach a local app as localhost or 127.0.0.1; both are the same origin for our purposes. */
export function trustedOrigins(url = appUrl()): string[] {
  const origin = new URL(url).origin;
  const loopback = /^(https?:\/\/)(localhost|127\.0\.0\.1)(:\d+)?$/.exec(origin);
  if (!loopback) return [origin];
  return [`${loopback[1]}localhost${loopback[3] ?? ""}`, `${loopback[1]}127.0.0.1${loopback[3] ?? ""}`];
}

export function oidcConfigured(): boolean {
  const config = env();
  return Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET);
}

function createAuth() {
  const config = env();
  const url = appUrl();
  return betterAuth({
    appName: "drillroom",
    baseURL: url,
    basePath: "/api/auth",
    secret: requireSecret(),
    database: prismaAdapter(prisma(), { provider: "postgresql" }),
    // The app's own address, and whatever host this request was made to (a teammate's LAN address): a
    // same-origin request is trusted wherever the app is reached; another site's still is not.
    trustedOrigins: (request) => [...trustedOrigins(url), request ? requestOrigin(request) : null],
    // Accounts are made by the first-run setup and by admins (lib/users), never by signing up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 128 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "observer" },
        disabledAt: { type: "date", input: false, required: false },
      },
    },
    // No cookie cache: a disabled user or a changed role takes effect on the next request.
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      customRules: { "/sign-in/*": { window: config.SIGN_IN_WINDOW_SECONDS, max: config.SIGN_IN_MAX_ATTEMPTS } },
    },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: url.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // better-auth skips its origin check when NODE_ENV is test; check in tests exactly as in production.
      disableOriginCheck: false,
      // The launcher's front sets X-Forwarded-For to the peer, or appends it after a trusted proxy's chain.
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: [...config.TRUSTED_PROXIES] },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account keeps its row (the audit log names it) but cannot start a session; it is told so plainly.
          before: async (session) => {
            const user = await prisma().user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (!user) return false;
            if (user.disabledAt) throw new APIError("FORBIDDEN", { message: "This account is disabled: ask an admin to enable it." });
            return { data: session };
          },
          after: async (session) => {
            const user = await prisma().user.findUnique({ where: { id: session.userId }, select: { id: true, name: true, role: true } });
            if (!user) return;
            const ctx = { actor: { type: user.role, id: user.id, name: user.name } };
            await recordAudit(prisma(), ctx, { action: "user.signed_in", target: { type: "user", id: user.id }, detail: { ipAddress: session.ipAddress ?? null, userAgent: session.userAgent ?? null } });
          },
        },
      },
    },
    plugins: oidcConfigured()
      ? [
          genericOAuth({
            config: [
              {
                providerId: OIDC_PROVIDER_ID,
                discoveryUrl: `${config.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
                clientId: config.OIDC_CLIENT_ID!,
                clientSecret: config.OIDC_CLIENT_SECRET!,
                scopes: ["openid", "email", "profile"],
                pkce: true,
                disableImplicitSignUp: !config.OIDC_SIGN_UP,
              },
            ],
          }),
        ]
      : [],
    logger: {
      log: (level, message) => {
        const log = logger.child({ component: "auth" });
        if (level === "error") log.error(message);
        else if (level === "warn") log.warn(message);
        else log.debug(message);
      },
    },
  });
}

type Auth = ReturnType<typeof createAuth>;
const cache = globalThis as unknown as { drillroomAuth?: Auth };

/** One better-auth instance per process, made on first use (after the launcher has set the database URL). */
export function auth(): Auth {
  cache.drillroomAuth ??= createAuth();
  return cache.drillroomAuth;
}
