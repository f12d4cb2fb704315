import type http from "node:http";
import type { FaultAnswer, Faults } from "../faults";
import { parseBody, readBody, sendJson, sendText } from "../http-util";
import type { ApiCall } from "../types";
import { botMethods } from "./bots";
import { chatMethods } from "./chat";
import { type ApiArgs, type ApiContext, type ApiMethod, SlackApiError } from "./context";
import { conversationMethods } from "./conversations";
import { historyMethods } from "./history";
import { memberMethods } from "./members";
import { userMethods } from "./users";
import { viewMethods } from "./views";

const METHODS: Record<string, ApiMethod> = {
  ...userMethods,
  ...botMethods,
  ...conversationMethods,
  ...memberMethods,
  ...historyMethods,
  ...chatMethods,
  ...viewMethods,
};

export interface WebApiDeps {
  ctx: ApiContext;
  faults: Faults;
  botToken: string;
}

const STATUS_TEXT: Record<number, string> = {
  500: "500 Internal Server Error",
  502: "502 Bad Gateway",
  503: "503 Service Temporarily Unavailable",
};

function withoutTokens(args: ApiArgs): ApiArgs {
  const { token: _token, ...rest } = args;
  return rest;
}

function bearerToken(req: http.IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return match?.[1]?.trim();
}

/** Slack's own answer to a bad token: 200 with ok:false, like every other API error. */
function authError(req: http.IncomingMessage, args: ApiArgs, botToken: string): string | undefined {
  const token = bearerToken(req) ?? (typeof args.token === "string" ? args.token : undefined);
  if (!token) return "not_authed";
  return token === botToken ? undefined : "invalid_auth";
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Answers a fault the way Slack's edge would; the method never runs, so nothing changes. */
function answerFault(res: http.ServerResponse, fault: FaultAnswer): Pick<ApiCall, "status" | "error" | "fault"> {
  if (fault.kind === "rateLimit") {
    sendJson(res, 429, { ok: false, error: "ratelimited" }, { "Retry-After": String(fault.retryAfterSeconds) });
    return { status: 429, error: "ratelimited", fault: "rateLimit" };
  }
  const status = fault.kind === "down" ? 503 : fault.status;
  const title = STATUS_TEXT[status] ?? `${status}`;
  sendText(res, status, `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`, "text/html");
  return { status, error: `http_${status}`, fault: fault.kind === "down" ? "down" : "serverError" };
}

/** Slack also takes arguments in the query string (GET, or POST with a query); the body wins. */
export async function handleWebApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
  query: URLSearchParams,
  deps: WebApiDeps,
): Promise<void> {
  const { ctx, faults, botToken } = deps;
  const record = (outcome: Pick<ApiCall, "status" | "error" | "fault">, args: ApiArgs) => {
    ctx.workspace.calls.push({
      method,
      args: withoutTokens(args),
      status: outcome.status,
      ok: outcome.status === 200 && !outcome.error,
      ...(outcome.error ? { error: outcome.error } : {}),
      ...(outcome.fault ? { fault: outcome.fault } : {}),
      at: Date.now(),
    });
  };

  let args: ApiArgs;
  try {
    args = { ...Object.fromEntries(query), ...parseBody(req.headers["content-type"], await readBody(req)) };
  } catch {
    const error = req.headers["content-type"]?.includes("json") ? "invalid_json" : "invalid_form_data";
    sendJson(res, 200, { ok: false, error });
    record({ status: 200, error }, {});
    return;
  }

  if (faults.isDown()) return record(answerFault(res, { kind: "down" }), args);
  const handler = METHODS[method];
  if (!handler) {
    sendJson(res, 404, { ok: false, error: "unknown_method" });
    return record({ status: 404, error: "unknown_method" }, args);
  }
  const delay = faults.takeDelay(method);
  if (delay > 0) await sleep(delay);
  const fault = faults.takeFailure(method);
  if (fault) return record(answerFault(res, fault), args);

  const authFailure = authError(req, args, botToken);
  if (authFailure) {
    sendJson(res, 200, { ok: false, error: authFailure });
    return record({ status: 200, error: authFailure }, args);
  }

  try {
    const fields = handler(ctx, args);
    sendJson(res, 200, { ok: true, ...fields });
    record({ status: 200 }, args);
  } catch (error) {
    if (!(error instanceof SlackApiError)) throw error;
    sendJson(res, 200, { ok: false, error: error.code, ...error.extra });
    record({ status: 200, error: error.code }, args);
  }
}
