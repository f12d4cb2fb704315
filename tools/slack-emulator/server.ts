import http from "node:http";
import { type ControlDeps, handleControl } from "./control/routes";
import { sendJson, sendText } from "./http-util";
import { renderLive, renderPage } from "./ui/page";
import { handleWebApi, type WebApiDeps } from "./web-api/router";

export interface ServerDeps {
  webApi: WebApiDeps;
  control: ControlDeps;
}

async function dispatch(req: http.IncomingMessage, res: http.ServerResponse, deps: ServerDeps): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  const apiMatch = /^\/api\/([A-Za-z0-9._-]+)$/.exec(url.pathname);
  if (apiMatch) {
    if (req.method !== "POST" && req.method !== "GET") return sendJson(res, 405, { ok: false, error: "method_not_supported" });
    return handleWebApi(req, res, apiMatch[1] ?? "", url.searchParams, deps.webApi);
  }
  if (url.pathname.startsWith("/_emulator/")) {
    return handleControl(req, res, url.pathname.slice("/_emulator/".length), url.searchParams, deps.control);
  }
  if (url.pathname === "/" && req.method === "GET") {
    const view = {
      workspace: deps.control.workspace,
      deliverTo: deps.control.deliverTo(),
      channelId: url.searchParams.get("channel") ?? deps.control.workspace.channels.keys().next().value,
      asUserId: url.searchParams.get("as") ?? deps.control.workspace.users.keys().next().value,
    };
    const html = url.searchParams.get("partial") === "1" ? renderLive(view) : renderPage(view);
    return sendText(res, 200, html, "text/html; charset=utf-8");
  }
  sendJson(res, 404, { ok: false, error: "not_found" });
}

export function createEmulatorServer(deps: ServerDeps): http.Server {
  return http.createServer((req, res) => {
    dispatch(req, res, deps).catch((error: unknown) => {
      console.error("[slack-emulator] request failed", error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: "emulator_internal_error" });
      else res.end();
    });
  });
}
