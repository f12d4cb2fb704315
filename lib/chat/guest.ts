import type { Actor } from "../context";

/** Routes whose link in the path is the permission (channel links, share links) ignore who calls. */
export const channelGuest: Actor = { type: "anonymous", name: "channel guest" };
