import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Permission } from "../drill-model/permissions";
import { actorFromRequest } from "../identity/caller";
import type { Actor, Ctx } from "../context";
import { PayloadTooLargeError, UriTooLongError, ValidationError } from "../errors";
import { logger } from "../logger";
import { parseOrThrow } from "../validation";
import { MAX_BODY_BYTES, MAX_URL_BYTES } from "./limits";
import { problemResponse } from "./problem";

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

interface RouteArgs<P, Q, B> {
  ctx: Ctx;
  params: Out<P>;
  query: Out<Q>;
  /** The body parsed with the declared schema; verbs parse it again, so every caller (route, Slack, scheduler) gets the same checks. */
  body: Out<B>;
  request: Request;
}

interface RouteOptions<P, Q, B> {
  params?: P;
  query?: Q;
  /** The JSON body's schema, read only after the caller passed; a route without one never reads its body. */
  body?: B;
  /** Largest body accepted, in bytes (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Set for routes whose caller is not who acts: a channel link's holder, Slack. Otherwise the caller is resolved from the request. */
  actor?: Actor;
  /** Checked before the body is read, so a caller who may not call gets 401/403, never a 422 about fields. The verb checks again. */
  permission?: Permission | readonly Permission[];
  /** For an `actor` whose right to call is in the request (a channel link and its key): checked before the body is read. */
  checkCaller?: (args: { ctx: Ctx; params: Out<P>; request: Request }) => Promise<void>;
  /** A route with a body and no `actor` or `permission` must say that anyone may call it. */
  public?: true;
  status?: number;
  handler: (args: RouteArgs<P, Q, B>) => Promise<unknown>;
}

async function readText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new PayloadTooLargeError(`The request body is larger than ${maxBytes} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readText(request, maxBytes);
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    // Deep nesting overflows the parser's stack: still the client's mistake, not ours.
    const message = error instanceof RangeError ? "is nested too deeply" : "is not valid JSON";
    throw new ValidationError([{ path: "(body)", message }], `The request body ${message}`);
  }
}

function checkUrl(request: Request): URL {
  if (request.url.length > MAX_URL_BYTES) throw new UriTooLongError(`The address is longer than ${MAX_URL_BYTES} characters.`);
  return new URL(request.url);
}

/** Route concerns in one place: request id, logging, who is calling, parsing params/query/body, error mapping. Verbs authorize. */
export function withRoute<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  options: RouteOptions<P, Q, B>,
) {
  if (options.body && !options.actor && !options.permission && !options.public) throw new Error("withRoute: a route with a body names its permission, its actor, or public");
  return async (request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    const log = logger.child({ requestId, method: request.method, path: request.url.length > MAX_URL_BYTES ? "(too long)" : new URL(request.url).pathname });
    const started = performance.now();
    try {
      const url = checkUrl(request);
      const params = (options.params ? parseOrThrow(options.params, await context.params) : undefined) as Out<P>;
      const query = (options.query ? parseOrThrow(options.query, Object.fromEntries(url.searchParams)) : undefined) as Out<Q>;
      const ctx: Ctx = { actor: options.actor ?? (await actorFromRequest(request)) };
      if (options.permission) authorize(ctx, options.permission);
      await options.checkCaller?.({ ctx, params, request });
      const body = (options.body ? parseOrThrow(options.body, await readJson(request, options.maxBodyBytes ?? MAX_BODY_BYTES)) : undefined) as Out<B>;
      const result = await options.handler({ ctx, params, query, body, request });
      if (result instanceof Response) {
        result.headers.set("x-request-id", requestId);
        log.info({ status: result.status, ms: Math.round(performance.now() - started) }, "request");
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
