/**
 * A local Slack for development and tests: the Web API the app calls, and the humans whose
 * messages, commands and clicks Slack would deliver to the app's request URL, signed.
 */
import type { AddressInfo } from "node:net";
import { Deliverer } from "./delivery";
import { Driver } from "./driver/driver";
import { ResponseUrls } from "./driver/response-urls";
import { buildEventEnvelope, DEFAULT_VERIFICATION_TOKEN } from "./envelopes";
import type { SlackEvent } from "./events";
import { Faults } from "./faults";
import { slackId } from "./ids";
import { createEmulatorServer } from "./server";
import type { ApiContext } from "./web-api/context";
import { Workspace } from "./workspace";

export interface EmulatorOptions {
  /** 0 or undefined: a free port. Always bound to 127.0.0.1. */
  port?: number;
  botToken: string;
  signingSecret: string;
  /** The app's one request URL: events, slash commands and interactivity all go there. */
  deliverTo?: string;
  ackTimeoutMs?: number;
  /** Delays before each Events API redelivery; its length is the number of retries. */
  retryDelaysMs?: number[];
  teamId?: string;
  teamName?: string;
  teamDomain?: string;
  botUserId?: string;
  botId?: string;
  botName?: string;
  appId?: string;
  verificationToken?: string;
  /** How long a trigger_id can be exchanged for a modal; Slack's is 3 s. */
  triggerTtlMs?: number;
}

export interface SlackEmulator {
  url: string;
  /** `${url}/api/`, for WebClient's slackApiUrl. */
  apiUrl: string;
  state: Workspace;
  faults: Faults;
  driver: Driver;
  deliverTo(): string | undefined;
  setDeliverTo(url: string): void;
  close(): Promise<void>;
}

export async function startSlackEmulator(options: EmulatorOptions): Promise<SlackEmulator> {
  const workspace = new Workspace({
    teamId: options.teamId ?? slackId("T"),
    teamName: options.teamName ?? "Drillroom Dev",
    teamDomain: options.teamDomain ?? "drillroom-dev",
    botUserId: options.botUserId ?? slackId("U"),
    botId: options.botId ?? slackId("B"),
    botName: options.botName ?? "drillroom",
    appId: options.appId ?? slackId("A"),
  });
  if (options.triggerTtlMs !== undefined) workspace.triggerTtlMs = options.triggerTtlMs;
  const verificationToken = options.verificationToken ?? DEFAULT_VERIFICATION_TOKEN;
  let deliverTo = options.deliverTo;
  let baseUrl = "";

  const faults = new Faults();
  const deliverer = new Deliverer({
    signingSecret: options.signingSecret,
    ackTimeoutMs: options.ackTimeoutMs ?? 3000,
    retryDelaysMs: options.retryDelaysMs ?? [1000, 5000, 15000],
    deliverTo: () => deliverTo,
    log: workspace.deliveries,
  });
  const emitEvent = (event: SlackEvent) =>
    deliverer.deliverEvent(
      buildEventEnvelope(structuredClone(event), {
        teamId: workspace.identity.teamId,
        appId: workspace.identity.appId,
        botUserId: workspace.identity.botUserId,
        token: verificationToken,
      }),
    );
  const responseUrls = new ResponseUrls(workspace, emitEvent);
  const driver = new Driver({ workspace, deliverer, responseUrls, emitEvent, baseUrl: () => baseUrl, verificationToken });
  const apiContext: ApiContext = { workspace, emitEvent };
  const setDeliverTo = (url: string) => {
    deliverTo = url;
  };

  const server = createEmulatorServer({
    webApi: { ctx: apiContext, faults, botToken: options.botToken },
    control: { workspace, driver, faults, deliverer, responseUrls, deliverTo: () => deliverTo, setDeliverTo },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    apiUrl: `${baseUrl}/api/`,
    state: workspace,
    faults,
    driver,
    deliverTo: () => deliverTo,
    setDeliverTo,
    close: async () => {
      deliverer.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

export { signSlackRequest, signedHeaders } from "./signing";
export {
  buildBlockActionsPayload,
  buildEventEnvelope,
  buildSlashCommandBody,
  encodeInteractionBody,
  type EnvelopeOptions,
  type EventEnvelope,
  type SlashCommandFields,
} from "./envelopes";
export type { Driver } from "./driver/driver";
export type { InteractionResult } from "./driver/interactions";
export type { SubmitOptions, ViewFill, ViewSubmissionResult } from "./driver/views";
export type { PostResult } from "./driver/human-actions";
export type { Faults } from "./faults";
export { EmulatorError, type Workspace } from "./workspace";
export type * from "./types";
