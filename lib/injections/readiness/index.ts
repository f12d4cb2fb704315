export { dryRun } from "./dry-run";
export { getReadiness } from "./get-readiness";
export { verifyReadiness } from "./verify-readiness";
export { READINESS_ITEM_LABELS, READINESS_ITEMS, type ReadinessItemName } from "./schemas";
export type { DryRunStepResult, DryRunView, ReadinessCheckView, ReadinessView } from "./views";
