import { isDatabaseUnavailable } from "../db/unavailable";
import { AppError, ValidationError } from "../errors";
import type { Logger } from "pino";

/** A problem+json answer built by hand, for the edges that answer before any route runs (the front, the proxy). */
export function problemText(status: number, code: string, title: string): string {
  return JSON.stringify({ type: `about:blank#${code}`, title, status, code });
}

/** The one error mapper: deliberate errors keep their message; anything else is logged and becomes a plain 500. */
export function problemResponse(error: unknown, log: Logger, requestId: string): Response {
  const headers = { "content-type": "application/problem+json", "x-request-id": requestId };
  if (error instanceof AppError) {
    const body = {
      type: `about:blank#${error.code}`,
      title: error.message,
      status: error.status,
      code: error.code,
      ...(error instanceof ValidationError ? { errors: error.problems } : {}),
    };
    return new Response(JSON.stringify(body), { status: error.status, headers });
  }
  if (isPrismaNotFound(error)) {
    return new Response(JSON.stringify({ title: "Not found", status: 404, code: "not_found" }), { status: 404, headers });
  }
  if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(log, requestId, error);
  log.error({ err: error }, "unhandled error");
  const body = { title: "Something went wrong on our side. It has been logged.", status: 500, code: "internal", requestId };
  return new Response(JSON.stringify(body), { status: 500, headers });
}

function isPrismaNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2025";
}

/** Seconds a client should wait before sending a request again while the database is away. */
export const DATABASE_RETRY_AFTER_S = 5;

/** The database is down or restarting: say so, and when to try again, rather than "something went wrong". */
export function databaseUnavailableResponse(log: Logger, requestId: string, error?: unknown): Response {
  log.warn({ err: error instanceof Error ? { message: error.message } : undefined }, "database unavailable");
  const title = "The database cannot be reached right now. Try again in a few seconds.";
  const body = {
    type: "about:blank#database_unavailable",
    title,
    // better-auth's client shows `message`.
    message: title,
    status: 503,
    code: "database_unavailable",
    requestId,
  };
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: { "content-type": "application/problem+json", "x-request-id": requestId, "retry-after": String(DATABASE_RETRY_AFTER_S) },
  });
}
