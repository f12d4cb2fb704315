import { randomUUID } from "node:crypto";
import { toNextJsHandler } from "better-auth/next-js";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { checkDatabase } from "@/lib/health/check-database";
import { databaseUnavailableResponse } from "@/lib/http/problem";
import { auth } from "@/lib/identity/server";
import { logger } from "@/lib/logger";

/**
 * better-auth's own endpoints: sign-in (rate limited), sign-out, session, OIDC callbacks. While the database is away
 * they answer 503 with Retry-After like every other route, whether better-auth throws or answers 500 itself.
 */
async function handle(request: Request): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? randomUUID();
  const log = logger.child({ requestId, method: request.method, path: new URL(request.url).pathname });
  try {
    const response = await auth().handler(request);
    if (response.status >= 500 && (await checkDatabase(1000)).status === "down") return databaseUnavailableResponse(log, requestId);
    return response;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(log, requestId, error);
    throw error;
  }
}

export const { GET, POST } = toNextJsHandler(handle);
