/** The id better-auth gives the configured OpenID Connect provider; its callback is /api/auth/oauth2/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";
