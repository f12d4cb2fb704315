import { listAudit } from "@/lib/audit/list-audit";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({ handler: ({ ctx, request }) => listAudit({ ctx, input: Object.fromEntries(new URL(request.url).searchParams) }) });
