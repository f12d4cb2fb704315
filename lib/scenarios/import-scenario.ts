import { authorize } from "../auth/authorize";
import { z } from "zod";
import type { Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { id, text } from "../input/text";
import { parseOrThrow } from "../validation";
import { createScenario } from "./create";
import { DOCUMENT_FORMATS, MAX_DOCUMENT_CHARS, parseScenarioDocument } from "./document";
import { copyTitle } from "./duplicate";
import { getScenario } from "./get";
import { updateScenario } from "./update";
import type { ScenarioView } from "./view";

export const IMPORT_MODES = ["create", "copy", "update"] as const;

const documentText = text({ max: MAX_DOCUMENT_CHARS, trim: false, error: "is required: the scenario document as YAML or JSON text" });

export const importScenarioSchema = z
  .object({
    content: documentText,
    /** Unset: JSON when the text starts with `{`, YAML otherwise. */
    format: z.enum(DOCUMENT_FORMATS, { error: "must be yaml or json" }).optional(),
    /** create: a new scenario; copy: a new one titled "… (copy)"; update: a new revision of scenario `id`. */
    mode: z.enum(IMPORT_MODES, { error: `must be one of ${IMPORT_MODES.join(", ")}` }).default("create"),
    id: id().optional(),
  })
  .refine((input) => input.mode !== "update" || input.id, { path: ["id"], message: "is required to update a scenario" });

export type ImportScenarioInput = z.input<typeof importScenarioSchema>;

/** The API's body: it imports new scenarios only (a new revision goes through PUT /api/scenarios/:id). */
export const importRequestSchema = z.object({
  format: z.enum(DOCUMENT_FORMATS, { error: "must be yaml or json" }).optional(),
  content: documentText,
  mode: z.enum(["create", "copy"], { error: "must be create or copy" }).default("create"),
});

/** A YAML or JSON document → a new scenario, or a new revision of an existing one. Invalid documents change nothing. */
export async function importScenario({ ctx, input }: { ctx: Ctx; input: ImportScenarioInput }): Promise<ScenarioView> {
  authorize(ctx, "scenario.write");
  const { content, format, mode, id } = parseOrThrow(importScenarioSchema, input);
  const definition = parseScenarioDocument(content, format);
  if (mode === "update" && id) {
    return inTransaction(ctx, async (tx) => {
      const current = await getScenario({ ctx: { ...ctx, tx }, input: { id } });
      return updateScenario({ ctx: { ...ctx, tx }, input: { id, baseRevision: current.revision, definition } });
    });
  }
  const title = mode === "copy" ? copyTitle(definition.title) : definition.title;
  return createScenario({ ctx, input: { definition: { ...definition, title } } });
}
