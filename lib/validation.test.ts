import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "./errors";
import { formatPath, parseOrThrow, zodProblems } from "./validation";

describe("formatPath", () => {
  it.each([
    [[], ""],
    [["title"], "title"],
    [["alerts", 2, "offsetMinutes"], "alerts[2].offsetMinutes"],
    [["definition", "hints", 0, "id"], "definition.hints[0].id"],
    [[0], "[0]"],
    [["matrix", 1, 2], "matrix[1][2]"],
  ] as [PropertyKey[], string][])("formats %j as %j", (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  it("formats symbol keys readably", () => {
    expect(formatPath(["a", Symbol("b")])).toBe("a.Symbol(b)");
  });
});

const schema = z.object({
  name: z.string().min(1, "is required"),
  items: z.array(z.object({ n: z.number({ error: "must be a number" }) })).default([]),
});

describe("zodProblems", () => {
  it("turns issues into path/message pairs, with an optional prefix", () => {
    const result = schema.safeParse({ name: "", items: [{ n: 1 }, { n: "x" }] });
    expect(result.success).toBe(false);
    expect(zodProblems(result.error!)).toEqual([
      { path: "name", message: "is required" },
      { path: "items[1].n", message: "must be a number" },
    ]);
    expect(zodProblems(result.error!, ["definition"]).map((problem) => problem.path)).toEqual(["definition.name", "definition.items[1].n"]);
  });

  it("names a problem with the whole value (root)", () => {
    const result = z.string({ error: "must be text" }).safeParse(42);
    expect(zodProblems(result.error!)).toEqual([{ path: "(root)", message: "must be text" }]);
  });
});

describe("parseOrThrow", () => {
  it("returns the parsed value with defaults", () => {
    expect(parseOrThrow(schema, { name: "x" })).toEqual({ name: "x", items: [] });
  });

  it("throws a 422 ValidationError listing every problem", () => {
    let error: unknown;
    try {
      parseOrThrow(schema, { items: [{}] }, ["body"]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.status).toBe(422);
    expect(validation.code).toBe("validation_failed");
    expect(validation.problems.map((problem) => problem.path)).toEqual(["body.name", "body.items[0].n"]);
  });
});
