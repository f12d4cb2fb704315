/** better-auth names its cookies `drillroom.*` (`__Secure-drillroom.*` over https). Shared by the server config and proxy.ts. */
export const COOKIE_PREFIX = "drillroom";
