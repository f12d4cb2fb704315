import { getAnalytics } from "@/lib/analytics/get-analytics";
import { analyticsFiltersSchema } from "@/lib/analytics/filters";
import { withRoute } from "@/lib/http/route";

/** `?from=&to=&scenarioId=&team=&outcome=&facilitator=`: figures across closed drills, each saying how many drills it rests on. */
export const GET = withRoute({ query: analyticsFiltersSchema, handler: ({ ctx, query }) => getAnalytics({ ctx, input: { filters: query } }) });
