import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LAYERS, report } from "../../scripts/lib-graph";

const root = resolve(__dirname, "../..");

describe("lib/ depends in one direction", () => {
  const result = report(root);

  it("has no import from a folder of lib/ to one above it in the documented order", () => {
    expect(result.upward.map((entry) => `${entry.from} -> ${entry.to}`)).toEqual([]);
  });

  it("has no pair of folders importing each other", () => {
    expect(result.mutualPairs).toEqual([]);
  });

  it("never imports app/ or components/", () => {
    expect(result.outsideLib.filter((entry) => /^(app|components)\//.test(entry.to))).toEqual([]);
  });

  it("places every folder of lib/ in the order", () => {
    expect(result.unknownFolders).toEqual([]);
  });
});

describe("the layer check itself", () => {
  const fixture = mkdtempSync(join(tmpdir(), "lib-graph-"));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), text);
  };
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it("catches an import up the order, a mutual pair, a reach into components/, and ignores tests", () => {
    write("lib/db/client.ts", `import { start } from "../drills/start";\nexport const db = start;\n`);
    write("lib/drills/start.ts", `import type { Db } from "@/lib/db/client";\nexport const start = 1;\n`);
    write("lib/drills/view.ts", `import { Button } from "../../components/button";\nexport const view = Button;\n`);
    write("lib/drills/start.test.ts", `import { x } from "../http/route";\n`);
    write("components/button.tsx", `export const Button = 1;\n`);
    const found = report(fixture, LAYERS);
    expect(found.upward.map((entry) => entry.from)).toEqual(["lib/db/client.ts"]);
    expect(found.mutualPairs).toEqual([{ pair: ["db", "drills"], counts: [1, 1] }]);
    expect(found.outsideLib.map((entry) => entry.to)).toEqual(["components/button.tsx"]);
  });
});
