import { getResponderAnalytics } from "@/lib/analytics/get-responders";
import { analyticsFiltersSchema } from "@/lib/analytics/filters";
import { withRoute } from "@/lib/http/route";

/** The same filters as `/api/analytics`: each responder's drills and times. Facilitators and admins, while switched on. */
export const GET = withRoute({ query: analyticsFiltersSchema, permission: "analytics.people", handler: ({ ctx, query }) => getResponderAnalytics({ ctx, input: { filters: query } }) });
