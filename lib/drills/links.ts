import { appUrl, env } from "../env";
import { parseOrigin } from "../auth/origin";

/**
 * Where people other than the facilitator reach the app: DRILLROOM_URL when set, otherwise the origin the drill
 * was created from (stored with it, so the scheduler and the Slack outbox build the same links as the page).
 */
export function publicBaseUrl(drill: { publicOrigin: string | null }): string {
  if (env().DRILLROOM_URL) return appUrl();
  return parseOrigin(drill.publicOrigin) ?? appUrl();
}

/** The built-in channel's link for participants, absolute; null for a drill without a channel token. */
export function channelUrl(drill: { publicOrigin: string | null; channelToken: string | null }): string | null {
  return drill.channelToken ? `${publicBaseUrl(drill)}/channel/${drill.channelToken}` : null;
}

/** A share link's absolute URL. */
export function shareUrl(drill: { publicOrigin: string | null }, token: string): string {
  return `${publicBaseUrl(drill)}/watch/${token}`;
}
