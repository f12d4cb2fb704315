import type { Actor } from "../context";

/** Someone holding a drill's channel link who has not joined yet; joining and posting act as the participant. */
export const channelGuest: Actor = { type: "system", name: "channel guest" };
