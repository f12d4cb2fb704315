import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Document } from "yaml";
import type { z } from "zod";
import { ValidationError, type FieldProblem } from "../errors";
import { formatPath } from "../validation";
import { scenarioDefinitionSchema, type ScenarioDefinition, type StepAction } from "./schemas";
import { upgradeDefinition } from "./upgrade";

/** Scenario-as-code: a scenario definition as a YAML or JSON document, and back. Pure: no database here. */
export const DOCUMENT_FORMATS = ["yaml", "json"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const CONTENT_TYPES: Record<DocumentFormat, string> = { yaml: "application/yaml", json: "application/json" };
export const MAX_DOCUMENT_CHARS = 1_000_000;
/** Alias expansions allowed when reading YAML; scenarios need a handful at most. */
const MAX_ALIAS_COUNT = 100;

/** JSON starts with `{` (or `[`, which validation then refuses); anything else is read as YAML. */
export function detectFormat(content: string): DocumentFormat {
  return /^\s*[{[]/.test(content) ? "json" : "yaml";
}

export function formatOfFilename(filename: string): DocumentFormat | undefined {
  if (/\.ya?ml$/i.test(filename)) return "yaml";
  if (/\.json$/i.test(filename)) return "json";
  return undefined;
}

/**
 * The definition in document form: keys in the schema's order, defaults filled in. A stored revision that
 * no longer validates (written under older rules) is exported as it is, so nothing is lost on the way out.
 */
export function toDocument(definition: unknown): ScenarioDefinition {
  const upgraded = upgradeDefinition(definition);
  const parsed = scenarioDefinitionSchema.safeParse(upgraded);
  if (!parsed.success) return upgraded as ScenarioDefinition;
  // Postgres (jsonb) does not keep the order of object keys: sorted header names keep exports byte-stable.
  const sorted = (action: StepAction): StepAction =>
    action.kind === "webhook" ? { ...action, headers: Object.fromEntries(Object.entries(action.headers).sort(([a], [b]) => a.localeCompare(b))) } : action;
  return { ...parsed.data, injections: parsed.data.injections.map((step) => ({ ...step, action: sorted(step.action), rollback: sorted(step.rollback) })) };
}

export function serializeScenario(definition: unknown, format: DocumentFormat, options: { schemaUrl?: string } = {}): string {
  const document = toDocument(definition);
  if (format === "json") return `${JSON.stringify(options.schemaUrl ? { $schema: options.schemaUrl, ...document } : document, null, 2)}\n`;
  // lineWidth 0: long texts stay on one line instead of being folded, so diffs in git stay readable.
  const yaml = stringify(document, { lineWidth: 0 });
  return options.schemaUrl ? `# yaml-language-server: $schema=${options.schemaUrl}\n${yaml}` : yaml;
}

interface Located {
  data: unknown;
  /** Line and column of the value at a path, or of its closest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

function readYaml(content: string): Located {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new ValidationError(
      doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return { path: "(document)", message: `line ${line}, column ${col}: ${error.message}`, line, column: col };
      }),
      "The scenario document is not valid YAML",
    );
  }
  return { data: yamlToJs(doc), locate: (path) => locateIn(doc, lineCounter, path) };
}

/** The document's data; aliases that expand beyond reason (a "billion laughs" bomb) are a problem with the document. */
function yamlToJs(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml package says so with a ReferenceError; anything else is a bug and stays one.
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    throw new ValidationError([{ path: "(document)", message: `uses aliases (*name) too often: at most ${MAX_ALIAS_COUNT} expansions` }], "The scenario document expands too much");
  }
}

function readJson(content: string): Located {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    const offset = /at position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? String(content.length) : undefined);
    const where = offset === undefined ? undefined : positionOf(content, Number(offset));
    const problem: FieldProblem = where
      ? { path: "(document)", message: `line ${where.line}, column ${where.column}: ${message.replace(/ in JSON at position \d+.*$/, "")}`, ...where }
      : { path: "(document)", message };
    throw new ValidationError([problem], "The scenario document is not valid JSON");
  }
  // JSON is YAML too: reading it once more as YAML gives the position of every value for problem reports.
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter });
  return { data, locate: (path) => (doc.errors.length ? undefined : locateIn(doc, lineCounter, path)) };
}

function positionOf(content: string, offset: number): { line: number; column: number } {
  const before = content.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function locateIn(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]) {
  let node: unknown = doc.contents;
  let offset = (node as { range?: [number] } | null)?.range?.[0];
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      next = pair ? (pair.value ?? pair.key) : undefined;
    } else if (isSeq(node) && typeof key === "number") {
      next = node.items[key];
    }
    const start = (next as { range?: [number] } | undefined)?.range?.[0];
    if (start === undefined) break;
    node = next;
    offset = start;
  }
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function problemsOf(error: z.ZodError, located: Located): FieldProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || "(root)", message: issue.message, ...located.locate(issue.path) }));
}

/**
 * Text → a valid, current-version definition. Every problem is reported at once, each with its path
 * (`alerts[2].offsetMinutes`) and, where it can be found, its line; syntax errors carry line and column.
 */
export function parseScenarioDocument(content: string, format: DocumentFormat = detectFormat(content)): ScenarioDefinition {
  if (!content.trim()) throw new ValidationError([{ path: "(document)", message: "is empty" }], "The scenario document is empty");
  const located = format === "json" ? readJson(content) : readYaml(content);
  const result = scenarioDefinitionSchema.safeParse(upgradeDefinition(located.data));
  if (!result.success) {
    const problems = problemsOf(result.error, located);
    throw new ValidationError(problems, `The scenario document has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}`);
  }
  return result.data;
}
