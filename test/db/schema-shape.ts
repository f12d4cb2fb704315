// Compares what prisma/schema.prisma describes with what the migrated database holds, as readable lines.
import prismaSchemaWasm from "@prisma/prisma-schema-wasm";
import type pg from "pg";

/** Everything the drift test compares, in one shape for both sides. Keys and values are printable. */
export interface SchemaShape {
  /** table → column → "type, NOT NULL|NULL, default|no default" */
  tables: Map<string, Map<string, string>>;
  /** "table: kind name (columns)" for primary keys, unique and plain indexes; "table: name (cols) -> ..." for foreign keys */
  constraints: Set<string>;
  /** enum → its values in order */
  enums: Map<string, string[]>;
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  fields: { name: string }[];
}
interface Datamodel {
  models: DmmfModel[];
  enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
  indexes: DmmfIndex[];
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

function nativeTypeName([name, args]: [string, string[]]): string {
  const simple: Record<string, string> = { Text: "text", Uuid: "uuid", Integer: "integer", BigInt: "bigint", SmallInt: "smallint", JsonB: "jsonb", Json: "json", Boolean: "boolean", DoublePrecision: "double precision", Date: "date" };
  if (name === "Timestamptz") return `timestamp(${args[0] ?? 6}) with time zone`;
  if (name === "Timestamp") return `timestamp(${args[0] ?? 6}) without time zone`;
  if (name === "VarChar") return args[0] ? `character varying(${args[0]})` : "character varying";
  if (name === "Decimal") return `numeric(${args.join(",")})`;
  return simple[name] ?? `@db.${name} (not understood by the drift test: teach test/db/schema-shape.ts)`;
}

// Defaults Prisma Client fills in itself never reach the database.
const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);

function columnShape(type: string, notNull: boolean, hasDefault: boolean): string {
  return `${type}, ${notNull ? "NOT NULL" : "NULL"}, ${hasDefault ? "default" : "no default"}`;
}

const key = (columns: string[]) => `(${columns.join(", ")})`;
const ON_ACTION: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

/** What the Prisma schema says the database should look like, following Prisma Migrate's naming. */
export function expectedShape(prismaSchema: string): SchemaShape {
  const { datamodel } = JSON.parse(prismaSchemaWasm.get_dmmf(JSON.stringify({ prismaSchema }))) as { datamodel: Datamodel };
  const shape: SchemaShape = { tables: new Map(), constraints: new Set(), enums: new Map() };
  const enumName = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  for (const e of datamodel.enums) shape.enums.set(e.dbName ?? e.name, e.values.map((value) => value.dbName ?? value.name));

  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    return field?.dbName ?? fieldName;
  };

  for (const model of datamodel.models) {
    const table = tableOf(model);
    const columns = new Map<string, string>();
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (!field.relationFromFields?.length) continue;
        const target = models.get(field.type)!;
        const from = field.relationFromFields.map((name) => columnOf(model, name));
        const to = (field.relationToFields ?? []).map((name) => columnOf(target, name));
        const required = field.relationFromFields.every((name) => model.fields.find((f) => f.name === name)?.isRequired);
        const onDelete = field.relationOnDelete ?? (required ? "Restrict" : "SetNull");
        const onUpdate = field.relationOnUpdate ?? "Cascade";
        shape.constraints.add(`${table}: foreign key ${table}_${from.join("_")}_fkey ${key(from)} -> ${tableOf(target)}${key(to)} on delete ${onDelete}, on update ${onUpdate}`);
        continue;
      }
      const base = field.kind === "enum" ? `enum ${enumName.get(field.type)}` : field.nativeType ? nativeTypeName(field.nativeType) : (SCALAR_TYPES[field.type] ?? `${field.type} (unknown scalar)`);
      const defaultName = (field.default as { name?: string } | undefined)?.name;
      const hasDbDefault = field.hasDefaultValue && !CLIENT_SIDE_DEFAULTS.has(defaultName ?? "");
      columns.set(field.dbName ?? field.name, columnShape(field.isList ? `${base}[]` : base, field.isRequired && !field.isList, hasDbDefault));
    }
    shape.tables.set(table, columns);
  }

  for (const index of datamodel.indexes) {
    const model = models.get(index.model)!;
    const table = tableOf(model);
    const columns = index.fields.map((field) => columnOf(model, field.name));
    const kind = { id: "primary key", unique: "unique index", normal: "index", fulltext: "fulltext index" }[index.type];
    const suffix = { id: "pkey", unique: "key", normal: "idx", fulltext: "idx" }[index.type];
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`);
    shape.constraints.add(`${table}: ${kind} ${name} ${key(columns)}`);
  }
  return shape;
}

/** What the database holds in its public schema (Prisma's own bookkeeping table aside). */
export async function actualShape(client: pg.Client): Promise<SchemaShape> {
  const shape: SchemaShape = { tables: new Map(), constraints: new Set(), enums: new Map() };
  const enums = await client.query<{ name: string; values: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname`);
  for (const row of enums.rows) shape.enums.set(row.name, row.values);

  const columns = await client.query<{ table: string; column: string; formatted: string; typtype: string; typname: string; elemtype: string | null; elemname: string | null; notnull: boolean; hasdef: boolean }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS formatted,
           t.typtype, t.typname, et.typtype AS elemtype, et.typname AS elemname, a.attnotnull AS notnull, a.atthasdef AS hasdef
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
     ORDER BY c.relname, a.attnum`);
  for (const row of columns.rows) {
    const type = row.typtype === "e" ? `enum ${row.typname}` : row.elemtype === "e" ? `enum ${row.elemname}[]` : row.formatted;
    if (!shape.tables.has(row.table)) shape.tables.set(row.table, new Map());
    shape.tables.get(row.table)!.set(row.column, columnShape(type, row.notnull, row.hasdef));
  }

  const indexes = await client.query<{ table: string; name: string; primary: boolean; unique: boolean; columns: string[] }>(`
    SELECT c.relname AS table, ic.relname AS name, i.indisprimary AS primary, i.indisunique AS unique,
           array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
      FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'`);
  for (const row of indexes.rows) {
    const kind = row.primary ? "primary key" : row.unique ? "unique index" : "index";
    shape.constraints.add(`${row.table}: ${kind} ${row.name} ${key(row.columns)}`);
  }

  const foreignKeys = await client.query<{ table: string; name: string; columns: string[]; target: string; targetColumns: string[]; ondelete: string; onupdate: string }>(`
    SELECT c.relname AS table, con.conname AS name, tc.relname AS target, con.confdeltype AS ondelete, con.confupdtype AS onupdate,
           array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
           array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS "targetColumns"
      FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class tc ON tc.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND con.contype = 'f'`);
  for (const row of foreignKeys.rows) {
    shape.constraints.add(
      `${row.table}: foreign key ${row.name} ${key(row.columns)} -> ${row.target}${key(row.targetColumns)} on delete ${ON_ACTION[row.ondelete]}, on update ${ON_ACTION[row.onupdate]}`,
    );
  }
  return shape;
}

/** One readable line per difference; empty when the database matches the schema. */
export function schemaDifferences(schema: SchemaShape, database: SchemaShape): string[] {
  const out: string[] = [];
  for (const [table, columns] of schema.tables) {
    const actual = database.tables.get(table);
    if (!actual) {
      out.push(`table "${table}": in the schema, missing from the database`);
      continue;
    }
    for (const [column, expected] of columns) {
      const found = actual.get(column);
      if (!found) out.push(`column ${table}.${column}: in the schema (${expected}), missing from the database`);
      else if (found !== expected) out.push(`column ${table}.${column}: schema says ${expected}; database has ${found}`);
    }
    for (const [column, found] of actual) if (!columns.has(column)) out.push(`column ${table}.${column}: in the database (${found}), not in the schema`);
  }
  for (const table of database.tables.keys()) if (!schema.tables.has(table)) out.push(`table "${table}": in the database, not in the schema`);

  for (const [name, values] of schema.enums) {
    const found = database.enums.get(name);
    if (!found) out.push(`enum ${name}: in the schema, missing from the database`);
    else if (found.join(",") !== values.join(",")) out.push(`enum ${name}: schema says [${values.join(", ")}]; database has [${found.join(", ")}]`);
  }
  for (const name of database.enums.keys()) if (!schema.enums.has(name)) out.push(`enum ${name}: in the database, not in the schema`);

  for (const constraint of schema.constraints) if (!database.constraints.has(constraint)) out.push(`${constraint}: in the schema, missing from the database`);
  for (const constraint of database.constraints) if (!schema.constraints.has(constraint)) out.push(`${constraint}: in the database, not in the schema`);
  return out;
}
