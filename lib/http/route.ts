import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Logger } from "pino";
import { actorFromRequest } from "../identity/caller";
import type { Actor, Ctx } from "../context";
import { ValidationError } from "../errors";
import { logger } from "../logger";
import { parseOrThrow } from "../validation";
import { problemResponse } from "./problem";

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

interface RouteArgs<P, Q> {
  ctx: Ctx;
  params: Out<P>;
  query: Out<Q>;
  /** Raw JSON body: verbs validate it themselves, so every caller (route, Slack, scheduler) gets the same checks. */
  body: unknown;
  request: Request;
  log: Logger;
}

interface RouteOptions<P, Q> {
  params?: P;
  query?: Q;
  /** Set for routes whose caller is not who acts: a channel link's holder, Slack. Otherwise the caller is resolved from the request. */
  actor?: Actor;
  status?: number;
  handler: (args: RouteArgs<P, Q>) => Promise<unknown>;
}

async function readJson(request: Request): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: "(body)", message: "is not valid JSON" }], "The request body is not valid JSON");
  }
}

/** Route concerns in one place: request id, logging, who is calling, parsing params/query, error mapping. Verbs authorize. */
export function withRoute<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined>(options: RouteOptions<P, Q>) {
  return async (request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    const log = logger.child({ requestId, method: request.method, path: new URL(request.url).pathname });
    const started = performance.now();
    try {
      const params = (options.params ? parseOrThrow(options.params, await context.params) : undefined) as Out<P>;
      const search = Object.fromEntries(new URL(request.url).searchParams);
      const query = (options.query ? parseOrThrow(options.query, search) : undefined) as Out<Q>;
      const body = await readJson(request);
      const ctx: Ctx = { actor: options.actor ?? (await actorFromRequest(request)) };
      const result = await options.handler({ ctx, params, query, body, request, log });
      if (result instanceof Response) {
        result.headers.set("x-request-id", requestId);
        return result;
      }
      log.info({ status: options.status ?? 200, ms: Math.round(performance.now() - started) }, "request");
      return Response.json(result ?? null, { status: options.status ?? 200, headers: { "x-request-id": requestId } });
    } catch (error) {
      const response = problemResponse(error, log, requestId);
      log.info({ status: response.status, ms: Math.round(performance.now() - started) }, "request");
      return response;
    }
  };
}
