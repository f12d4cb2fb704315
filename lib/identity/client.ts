import { createAuthClient } from "better-auth/react";

/**
 * The browser's side of better-auth (lib/auth/server.ts). OIDC needs no client plugin: since
 * better-auth 1.7 the generic OAuth plugin registers its providers as social providers, so
 * `signIn.social({ provider: OIDC_PROVIDER_ID })` starts that flow.
 */
export const authClient = createAuthClient({ basePath: "/api/auth" });

/** Shared with lib/auth/server.ts through a file the browser can import. */
export { OIDC_PROVIDER_ID } from "./oidc";
