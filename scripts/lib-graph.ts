/**
 * The import graph of `lib/` by top-level folder: which folders import which, which imports run back up the
 * documented layer order, and which folder pairs import each other both ways. `npm run lib:graph` prints the
 * report; `test/architecture/layers.test.ts` fails on any import against the order.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Lowest first: a folder may import folders before it in this list, never after. Root files (`lib/*.ts`) are "(root)". */
export const LAYERS = [
  "(root)",
  "input",
  "db",
  "drill-model",
  "context",
  "auth",
  "audit",
  "settings",
  "api-tokens",
  "users",
  "identity",
  "scenarios",
  "timeline",
  "chat",
  "injections",
  "drills",
  "share-links",
  "channel",
  "exercises",
  "survey",
  "retro",
  "improvements",
  "review",
  "analytics",
  "runtime",
  "health",
  "http",
  "server",
  "queries",
  "demo",
] as const;

export interface Import {
  from: string;
  to: string;
  fromFolder: string;
  toFolder: string;
}

const SOURCE = /\.(ts|tsx)$/;
const SKIP = /\.test\.tsx?$|(^|\/)generated\//;
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(name) && !SKIP.test(path) ? [path] : [];
  });
}

function resolveSpecifier(root: string, fromFile: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? join(root, specifier.slice(2)) : specifier.startsWith(".") ? resolve(dirname(fromFile), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return base;
}

/** The folder of `lib/` a path belongs to; null outside `lib/`; "(root)" for files directly in it. */
export function libFolder(root: string, path: string): string | null {
  const inLib = relative(join(root, "lib"), path);
  if (inLib.startsWith("..")) return null;
  const parts = inLib.split(sep);
  return parts.length === 1 ? "(root)" : parts[0]!;
}

/** Every import from a non-test file under `lib/` (value or type, static or dynamic), resolved to a file. */
export function libImports(root: string): Import[] {
  const imports: Import[] = [];
  for (const file of walk(join(root, "lib"))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      const target = resolveSpecifier(root, file, specifier);
      if (!target) continue;
      const fromFolder = libFolder(root, file)!;
      const toFolder = libFolder(root, target) ?? relative(root, target).split(sep)[0]!;
      imports.push({ from: relative(root, file), to: relative(root, target), fromFolder, toFolder });
    }
  }
  return imports;
}

export interface GraphReport {
  upward: Import[];
  outsideLib: Import[];
  unknownFolders: string[];
  mutualPairs: { pair: [string, string]; counts: [number, number] }[];
  longFiles: { file: string; lines: number }[];
}

export function report(root: string, layers: readonly string[] = LAYERS): GraphReport {
  const imports = libImports(root);
  const between = imports.filter((entry) => entry.fromFolder !== entry.toFolder);
  const rank = (folder: string) => layers.indexOf(folder);
  const folders = new Set(between.flatMap((entry) => [entry.fromFolder, entry.toFolder]));
  const outsideLib = between.filter((entry) => !entry.to.startsWith(`lib${sep}`));
  const inside = between.filter((entry) => entry.to.startsWith(`lib${sep}`));
  const unknownFolders = [...folders].filter((folder) => rank(folder) < 0 && inside.some((entry) => entry.fromFolder === folder || entry.toFolder === folder));
  const upward = inside.filter((entry) => rank(entry.fromFolder) >= 0 && rank(entry.toFolder) > rank(entry.fromFolder));
  const count = new Map<string, number>();
  for (const entry of inside) count.set(`${entry.fromFolder}>${entry.toFolder}`, (count.get(`${entry.fromFolder}>${entry.toFolder}`) ?? 0) + 1);
  const mutualPairs: GraphReport["mutualPairs"] = [];
  for (const [key, forward] of count) {
    const [a, b] = key.split(">") as [string, string];
    const backward = count.get(`${b}>${a}`);
    if (backward && a < b) mutualPairs.push({ pair: [a, b], counts: [forward, backward] });
  }
  const longFiles = walk(join(root, "lib"))
    .map((file) => ({ file: relative(root, file), lines: readFileSync(file, "utf8").split("\n").length }))
    .filter((entry) => entry.lines > 300);
  return { upward, outsideLib, unknownFolders, mutualPairs, longFiles };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const result = report(root);
  console.log(`imports running back up the layers: ${result.upward.length}`);
  for (const entry of result.upward) console.log(`  ${entry.from} -> ${entry.to}`);
  console.log(`imports leaving lib/ for app/ or components/: ${result.outsideLib.filter((entry) => /^(app|components)\//.test(entry.to)).length}`);
  console.log(`folders not in the layer order: ${result.unknownFolders.join(", ") || "none"}`);
  console.log(`folder pairs importing each other: ${result.mutualPairs.length}`);
  for (const { pair, counts } of result.mutualPairs) console.log(`  ${pair[0]} <-> ${pair[1]} (${counts[0]}/${counts[1]})`);
  console.log(`files over 300 lines: ${result.longFiles.length}`);
  for (const entry of result.longFiles) console.log(`  ${entry.file} (${entry.lines})`);
}
