import { withRoute } from "@/lib/http/route";
import { MAX_SCENARIO_BODY_BYTES } from "@/lib/http/limits";
import { importRequestSchema, importScenario } from "@/lib/scenarios/import-scenario";

/** 201 with the new scenario; 422 listing every problem in the document with its path. */
export const POST = withRoute({
  body: importRequestSchema,
  maxBodyBytes: MAX_SCENARIO_BODY_BYTES,
  permission: "scenario.write",
  status: 201,
  handler: ({ ctx, body }) => importScenario({ ctx, input: body }),
});
