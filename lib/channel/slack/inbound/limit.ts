import pLimit from "p-limit";

/**
 * Mirrored events of one drill take turns on its row lock. Started all at once, a burst would hold
 * every pooled connection waiting on that lock and starve the rest of the app; this many at a time
 * per instance keep the lock busy and leave the pool free.
 */
export const mirrorSlots = pLimit(6);
