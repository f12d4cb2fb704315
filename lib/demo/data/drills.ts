import type { DemoDrill } from "../story";
import { azGameDay } from "./az-game-day";
import { redisFastRun, redisHintsRun } from "./redis-runs";
import { thresholdFirstRun, thresholdGameDay, thresholdSecondRun } from "./threshold-runs";

/**
 * The demo's drills, oldest first (later ones prove earlier action items fixed). The matching-threshold scenario runs
 * three times, so its calibration verdict shows; Mina Kim and Tae Oh answer faster from drill to drill.
 */
export const DEMO_DRILLS: readonly DemoDrill[] = [thresholdFirstRun, redisHintsRun, thresholdSecondRun, azGameDay, thresholdGameDay, redisFastRun];

/** The game day grouping the drills marked `gameDay`; its date is theirs. */
export const DEMO_GAME_DAY = {
  name: "Demo · Stage game day",
  description: "Two drills in one day: a whole availability zone in the morning, the matching threshold re-drill after lunch.",
};
