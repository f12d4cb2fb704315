import type { Actor } from "../context";

/** Routes whose link in the path is the permission (channel links, share links) ignore who calls: the verb decides from the link. */
export const linkHolder: Actor = { type: "anonymous", name: "link holder" };
