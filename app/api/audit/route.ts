import { listAudit, listAuditSchema } from "@/lib/audit/list-audit";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({ query: listAuditSchema, handler: ({ ctx, query }) => listAudit({ ctx, input: query }) });
