import type http from "node:http";
import { z } from "zod";
import type { Deliverer } from "../delivery";
import type { Driver } from "../driver/driver";
import type { ResponseUrls } from "../driver/response-urls";
import type { Faults } from "../faults";
import { parseBody, readBody, sendJson } from "../http-util";
import { EmulatorError, type Workspace } from "../workspace";
import {
  type ActName,
  actSchemas,
  addBotSchema,
  addUserSchema,
  awaitResponseSchema,
  createChannelSchema,
  deliverToSchema,
  faultSchema,
  idleSchema,
  redeliverSchema,
  sendRawSchema,
} from "./schemas";
import { workspaceSnapshot } from "./snapshot";

export interface ControlDeps {
  workspace: Workspace;
  driver: Driver;
  faults: Faults;
  deliverer: Deliverer;
  responseUrls: ResponseUrls;
  deliverTo(): string | undefined;
  setDeliverTo(url: string): void;
}

interface Answer {
  status: number;
  body: unknown;
}

const ok = (fields: Record<string, unknown> = {}): Answer => ({ status: 200, body: { ok: true, ...fields } });

function act(driver: Driver, name: ActName, input: unknown): Promise<unknown> {
  switch (name) {
    case "join": {
      const args = actSchemas.join.parse(input);
      return driver.join(args.userId, args.channelId);
    }
    case "post": {
      const args = actSchemas.post.parse(input);
      return driver.post(args.userId, args.channelId, args.text, { threadTs: args.threadTs });
    }
    case "edit": {
      const args = actSchemas.edit.parse(input);
      return driver.edit(args.userId, args.channelId, args.ts, args.text);
    }
    case "remove": {
      const args = actSchemas.remove.parse(input);
      return driver.remove(args.userId, args.channelId, args.ts);
    }
    case "react":
    case "unreact": {
      const args = actSchemas[name].parse(input);
      return driver[name](args.userId, args.channelId, args.ts, args.name);
    }
    case "command": {
      const args = actSchemas.command.parse(input);
      return driver.command(args.userId, args.channelId, args.text, { command: args.command });
    }
    case "click": {
      const args = actSchemas.click.parse(input);
      return driver.click(args.userId, args.channelId, args.messageTs, args.actionId, { value: args.value });
    }
    case "submitView": {
      const args = actSchemas.submitView.parse(input);
      return driver.submitView(args.userId, args.viewId, { values: args.values, unchecked: args.unchecked });
    }
    case "integrationPost": {
      const args = actSchemas.integrationPost.parse(input);
      return driver.integrationPost(args.botId, args.channelId, args.text, { style: args.style, username: args.username });
    }
  }
}

/** With ?async=1 the caller gets an answer once the action is validated and applied, not delivered. */
async function runAct(driver: Driver, name: ActName, input: unknown, async: boolean): Promise<Answer> {
  const running = act(driver, name, input);
  if (!async) return ok({ result: await running });
  let failure: unknown;
  running.catch((error: unknown) => {
    failure = error;
  });
  // Validation and the workspace change happen before the first await inside the action.
  await new Promise((resolve) => setImmediate(resolve));
  if (failure) throw failure;
  return ok({ accepted: true });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new EmulatorError(`${what} did not finish within ${ms} ms`, 408)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

async function route(deps: ControlDeps, method: string, path: string, query: URLSearchParams, body: unknown): Promise<Answer> {
  const { driver, faults, deliverer } = deps;
  const actMatch = /^act\/(\w+)$/.exec(path);
  if (method === "POST" && actMatch) {
    const name = actMatch[1] ?? "";
    if (!(name in actSchemas)) throw new EmulatorError(`unknown action ${name}; one of ${Object.keys(actSchemas).join(", ")}`, 404);
    return runAct(driver, name as ActName, body, query.get("async") === "1");
  }
  const respondMatch = /^respond\/([A-Za-z0-9]+)$/.exec(path);
  if (method === "POST" && respondMatch) return deps.responseUrls.receive(respondMatch[1] ?? "", body);

  switch (`${method} ${path}`) {
    case "GET state": {
      const extra = { deliverTo: deps.deliverTo(), faults: faults.snapshot() };
      return { status: 200, body: workspaceSnapshot(deps.workspace, extra, query.get("channel") ?? undefined) };
    }
    case "POST users":
      return ok({ user: driver.addUser(addUserSchema.parse(body)) });
    case "POST bots":
      return ok({ bot: driver.addBot(addBotSchema.parse(body)) });
    case "POST channels":
      return ok({ channel: driver.createChannel(createChannelSchema.parse(body)) });
    case "GET faults":
      return ok({ faults: faults.snapshot() });
    case "POST faults": {
      const fault = faultSchema.parse(body);
      if (fault.kind === "down") faults.down(fault.on);
      else if (fault.kind === "rateLimit") faults.rateLimit(fault);
      else if (fault.kind === "serverError") faults.serverError(fault);
      else faults.slow(fault);
      return ok({ faults: faults.snapshot() });
    }
    case "DELETE faults":
      faults.clear();
      return ok({ faults: faults.snapshot() });
    case "POST deliver-to":
      deps.setDeliverTo(deliverToSchema.parse(body).url);
      return ok({ deliverTo: deps.deliverTo() });
    case "POST await-response": {
      const args = awaitResponseSchema.parse(body);
      const response = await driver.awaitResponse(args.id, args.timeoutMs, args.nth).catch((error: Error) => {
        throw new EmulatorError(error.message, 408);
      });
      return ok({ response });
    }
    case "POST idle":
      await withTimeout(driver.idle(), idleSchema.parse(body).timeoutMs ?? 30_000, "pending deliveries");
      return ok();
    case "POST send-raw":
      return ok({ result: await driver.sendRaw(sendRawSchema.parse(body)) });
    case "POST redeliver": {
      const args = redeliverSchema.parse(body);
      if (!deliverer.envelope(args.eventId)) throw new EmulatorError(`no event ${args.eventId} was delivered by this emulator`, 404);
      return ok({ result: await driver.redeliver(args.eventId, args) });
    }
    default:
      throw new EmulatorError(`no control route ${method} /_emulator/${path}`, 404);
  }
}

function describeZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "body"}: ${issue.message}`).join("; ");
}

/** The JSON control API under /_emulator/, for callers outside this process. */
export async function handleControl(req: http.IncomingMessage, res: http.ServerResponse, path: string, query: URLSearchParams, deps: ControlDeps): Promise<void> {
  try {
    const raw = req.method === "GET" || req.method === "DELETE" ? "" : await readBody(req);
    let body: unknown;
    try {
      const isForm = req.headers["content-type"]?.includes("application/x-www-form-urlencoded") ?? false;
      body = raw.trim() === "" ? {} : parseBody(isForm ? "application/x-www-form-urlencoded" : "application/json", raw);
    } catch {
      throw new EmulatorError("body must be a JSON object");
    }
    const answer = await route(deps, req.method ?? "GET", path, query, body);
    sendJson(res, answer.status, answer.body);
  } catch (error) {
    if (error instanceof z.ZodError) return sendJson(res, 400, { ok: false, error: "invalid_request", message: describeZodError(error) });
    if (error instanceof EmulatorError) return sendJson(res, error.status, { ok: false, error: error.message });
    throw error;
  }
}
