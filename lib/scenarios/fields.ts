import { z } from "zod";
import { scenarioDefinitionSchema, stepActionSchema } from "./schemas";

/** The scenario document's fields by shape, read from its schema: a form places each problem the server reports by them. */
export interface ScenarioFields {
  /** One value each (text, a number, a choice); the fixed `schemaVersion` is not a field anyone fills in. */
  scalars: string[];
  /** Lists of plain values (component names, tags, model-answer steps). */
  valueLists: string[];
  /** Lists of items, with each item's fields. */
  itemLists: Record<string, string[]>;
  /** Nested objects (the environment), with their fields. */
  objects: Record<string, string[]>;
  /** An injection step's action (and rollback) fields, by kind. */
  actionFields: Record<z.infer<typeof stepActionSchema>["kind"], string[]>;
}

function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}

function fieldsOf(shape: Record<string, z.ZodType>): ScenarioFields {
  const fields: ScenarioFields = { scalars: [], valueLists: [], itemLists: {}, objects: {}, actionFields: { manual: [], webhook: [] } };
  for (const [name, field] of Object.entries(shape)) {
    const schema = unwrap(field);
    if (schema instanceof z.ZodLiteral) continue;
    if (schema instanceof z.ZodObject) fields.objects[name] = Object.keys(schema.shape);
    else if (!(schema instanceof z.ZodArray)) fields.scalars.push(name);
    else {
      const item = unwrap(schema.element as z.ZodType);
      if (item instanceof z.ZodObject) fields.itemLists[name] = Object.keys(item.shape);
      else fields.valueLists.push(name);
    }
  }
  for (const action of stepActionSchema.options) fields.actionFields[action.shape.kind.value] = Object.keys(action.shape);
  return fields;
}

export const SCENARIO_FIELDS: ScenarioFields = fieldsOf(scenarioDefinitionSchema.shape);
