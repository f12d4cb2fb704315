import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { getSurveyResults } from "@/lib/survey/get-results";

/** The survey's results for staff: distributions and averages stay hidden below 3 answers. */
export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getSurveyResults({ ctx, input: { drillId: params.id } }) });
