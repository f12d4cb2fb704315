// Reference scenarios from Hyperconnect's first SRE incident drill on Azar (reference/000_b9a8bde1cd51a69c.txt),
// one file per scenario. Their order is their seed id (reference-scenario-1..4): never reorder.
import type { ScenarioDefinitionInput } from "../schemas";
import { apiSegmentCacheOutage } from "./api-segment-cache";
import { availabilityZoneOutage } from "./az-outage";
import { matchProfileRedisOverload } from "./match-profile-redis";
import { matchingThresholdTooStrict } from "./matching-threshold";

export const referenceScenarios: ScenarioDefinitionInput[] = [apiSegmentCacheOutage, matchProfileRedisOverload, matchingThresholdTooStrict, availabilityZoneOutage];
