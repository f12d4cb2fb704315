import { checkDatabase } from "@/lib/health/check-database";
import { withRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = withRoute({
  handler: async () => {
    const database = await checkDatabase();
    const ok = database.status === "up";
    return Response.json({ status: ok ? "ok" : "degraded", database }, { status: ok ? 200 : 503 });
  },
});
