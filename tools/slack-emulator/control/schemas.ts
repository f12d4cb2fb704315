import { z } from "zod";

const id = z.string().trim().min(1);
const ts = z.string().regex(/^\d+\.\d+$/, "must be a Slack ts like 1732512345.000100");
const methods = z.array(z.string().min(1)).optional();

export const addUserSchema = z.object({
  id: id.optional(),
  name: z.string().trim().min(1),
  realName: z.string().trim().min(1).optional(),
  email: z.email().optional(),
});

export const addBotSchema = z.object({ id: id.optional(), name: z.string().trim().min(1) });

export const createChannelSchema = z.object({
  name: z.string().min(1),
  creatorId: id.optional(),
  isPrivate: z.boolean().optional(),
});

export const actSchemas = {
  join: z.object({ userId: id, channelId: id }),
  post: z.object({ userId: id, channelId: id, text: z.string().min(1), threadTs: ts.optional() }),
  edit: z.object({ userId: id, channelId: id, ts, text: z.string().min(1) }),
  remove: z.object({ userId: id, channelId: id, ts }),
  react: z.object({ userId: id, channelId: id, ts, name: z.string().min(1) }),
  unreact: z.object({ userId: id, channelId: id, ts, name: z.string().min(1) }),
  command: z.object({
    userId: id,
    channelId: id,
    text: z.string().default(""),
    command: z.string().regex(/^\/\S+$/, 'must look like "/drill"').optional(),
  }),
  click: z.object({ userId: id, channelId: id, messageTs: ts, actionId: z.string().min(1), value: z.string().optional() }),
  submitView: z.object({
    userId: id,
    viewId: id,
    values: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])).optional(),
    unchecked: z.boolean().optional(),
  }),
  integrationPost: z.object({ botId: id, channelId: id, text: z.string().min(1), style: z.enum(["bot_message", "app"]).optional(), username: z.string().min(1).optional() }),
} as const;

export type ActName = keyof typeof actSchemas;

export const faultSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("rateLimit"), count: z.int().positive(), retryAfterSeconds: z.int().min(0), methods }),
  z.object({
    kind: z.literal("serverError"),
    count: z.int().positive(),
    status: z.union([z.literal(500), z.literal(502), z.literal(503)]).optional(),
    methods,
  }),
  z.object({ kind: z.literal("slow"), delayMs: z.int().min(0).max(120_000), count: z.int().positive().optional(), methods }),
  z.object({ kind: z.literal("down"), on: z.boolean() }),
]);

export const deliverToSchema = z.object({ url: z.url({ protocol: /^https?$/ }) });

export const awaitResponseSchema = z.object({
  id,
  timeoutMs: z.int().positive().max(60_000).optional(),
  nth: z.int().positive().optional(),
});

export const idleSchema = z.object({ timeoutMs: z.int().positive().max(120_000).optional() });

export const sendRawSchema = z.object({
  body: z.string(),
  contentType: z.string().min(1),
  timestamp: z.int().optional(),
  signature: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
});

export const redeliverSchema = z.object({
  eventId: id,
  retryNum: z.int().positive().optional(),
  reason: z.string().min(1).optional(),
});
