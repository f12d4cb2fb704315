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
  log.error({ err: error }, "unhandled error");
  const body = { title: "Something went wrong on our side. It has been logged.", status: 500, code: "internal", requestId };
  return new Response(JSON.stringify(body), { status: 500, headers });
}

function isPrismaNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2025";
}
