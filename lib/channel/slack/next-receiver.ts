import type { App, Receiver, ReceiverEvent } from "@slack/bolt";
import { verifySlackRequest } from "@slack/bolt";
import { logger } from "../../logger";

// Slack gives up on a request after 3 s; answering a little before leaves room for the network.
const ACK_DEADLINE_MS = 2500;
/** "Verifying requests from Slack": more than five minutes from local time, either way, could be a replay. */
const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

/** Where Events API deliveries are kept from before the ack until they are handled. */
export interface SlackInbox {
  store(eventId: string, body: unknown): Promise<"new" | "pending" | "processed">;
  done(eventId: string): Promise<void>;
  failed(eventId: string, error: unknown): Promise<void>;
}

export interface SlackHandling {
  response: Response;
  /** The listeners' work after the ack, which the route keeps alive with `after()`; null when the answer is all there is. */
  pending: Promise<void> | null;
}

/**
 * Bolt's receiver for a Next.js route handler: one URL for events, slash commands and interactivity.
 * It verifies the signature (Bolt's check) and that the timestamp is within five minutes of now in
 * either direction (Bolt checks only the past), answers as soon as a listener acks,
 * and hands back the rest of the work so it runs after the response.
 */
export class NextReceiver implements Receiver {
  private app: App | undefined;

  constructor(
    private readonly signingSecret: string,
    private readonly inbox?: SlackInbox,
  ) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async handle(request: Request): Promise<SlackHandling> {
    const raw = await request.text();
    const rejection = this.verify(request, raw);
    if (rejection) return { response: rejection, pending: null };

    const body = parseBody(raw, request.headers.get("content-type") ?? "");
    if (!body) return { response: plain(400, "The body is neither JSON nor a Slack form post."), pending: null };
    if (body.type === "url_verification") return { response: Response.json({ challenge: body.challenge }), pending: null };
    if (body.ssl_check) return { response: plain(200, ""), pending: null };
    const eventId = body.type === "event_callback" && typeof body.event_id === "string" ? body.event_id : undefined;
    if (eventId && this.inbox) {
      try {
        if ((await this.inbox.store(eventId, body)) === "processed") return { response: plain(200, ""), pending: null };
      } catch (error) {
        logger.error({ err: error, eventId }, "could not store a Slack event; Slack will redeliver it");
        return { response: plain(503, "Not stored; please redeliver."), pending: null };
      }
    }

    let answer: (response: Response) => void = () => {};
    const acked = new Promise<Response>((resolve) => (answer = resolve));
    let answered = false;
    const respond = (response: Response) => {
      if (answered) return;
      answered = true;
      answer(response);
    };
    const event: ReceiverEvent = {
      body,
      retryNum: numberHeader(request, "x-slack-retry-num"),
      retryReason: request.headers.get("x-slack-retry-reason") ?? undefined,
      ack: async (response?: unknown) => respond(ackResponse(response)),
    };
    if (!this.app) throw new Error("NextReceiver used before Bolt initialised it");
    const pending = this.app.processEvent(event).then(
      async () => {
        respond(plain(200, ""));
        if (eventId) await this.inbox?.done(eventId);
      },
      async (error: unknown) => {
        logger.error({ err: error, eventId }, "Slack listener failed");
        respond(plain(500, "The listener failed; Slack may redeliver."));
        if (eventId) await this.inbox?.failed(eventId, error);
      },
    ).catch((error: unknown) => logger.error({ err: error, eventId }, "could not record how a Slack event went"));
    const deadline = setTimeout(() => respond(plain(200, "")), ACK_DEADLINE_MS);
    const response = await acked;
    clearTimeout(deadline);
    return { response, pending };
  }

  private verify(request: Request, raw: string): Response | null {
    const timestamp = Number(request.headers.get("x-slack-request-timestamp"));
    if (Number.isFinite(timestamp) && Math.abs(Date.now() / 1000 - timestamp) > TIMESTAMP_WINDOW_SECONDS) {
      logger.warn({ timestamp }, "rejected a Slack request stamped more than five minutes from now");
      return plain(401, "The Slack signature is missing or wrong, or its timestamp is more than five minutes from now.");
    }
    try {
      verifySlackRequest({
        signingSecret: this.signingSecret,
        body: raw,
        headers: {
          "x-slack-signature": request.headers.get("x-slack-signature") ?? "",
          "x-slack-request-timestamp": timestamp,
        },
      });
      return null;
    } catch (error) {
      logger.warn({ reason: (error as Error).message }, "rejected a Slack request that failed signature verification");
      return plain(401, "The Slack signature is missing or wrong, or its timestamp is more than five minutes from now.");
    }
  }
}

function parseBody(raw: string, contentType: string): Record<string, unknown> | null {
  try {
    if (contentType.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
    const form = new URLSearchParams(raw);
    const payload = form.get("payload");
    if (payload) return JSON.parse(payload) as Record<string, unknown>; // interactivity
    return Object.fromEntries(form); // slash commands
  } catch {
    return null;
  }
}

function ackResponse(response: unknown): Response {
  if (response === undefined || response === "") return plain(200, "");
  if (typeof response === "string") return plain(200, response);
  return Response.json(response);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

function numberHeader(request: Request, name: string): number | undefined {
  const value = request.headers.get(name);
  return value === null ? undefined : Number(value);
}
