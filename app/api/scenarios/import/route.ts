import { z } from "zod";
import { withRoute } from "@/lib/http/route";
import { DOCUMENT_FORMATS } from "@/lib/scenarios/document";
import { importScenario } from "@/lib/scenarios/import-scenario";
import { parseOrThrow } from "@/lib/validation";

const importBody = z.object({
  format: z.enum(DOCUMENT_FORMATS, { error: "must be yaml or json" }).optional(),
  content: z.string({ error: "is required: the scenario document as YAML or JSON text" }),
  mode: z.enum(["create", "copy"], { error: "must be create or copy" }).default("create"),
});

/** 201 with the new scenario; 422 listing every problem in the document with its path. */
export const POST = withRoute({
  status: 201,
  handler: ({ ctx, body }) => importScenario({ ctx, input: parseOrThrow(importBody, body) }),
});
