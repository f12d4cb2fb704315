import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { decimal, INT32_MAX, int32, queryInt32, seq } from "./numbers";

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("int32", () => {
  it("takes whole numbers up to Postgres' integer limit and no further", () => {
    expect(int32().parse(0)).toBe(0);
    expect(int32().parse(INT32_MAX)).toBe(INT32_MAX);
    expect(messages(int32(), INT32_MAX + 1)).toEqual([`must be at most ${INT32_MAX}`]);
    expect(messages(int32(), 2 ** 53)).not.toEqual([]);
    expect(messages(int32(), 1.5)).toEqual(["must be a whole number"]);
    expect(messages(int32(), -1)).toEqual(["must be at least 0"]);
    expect(messages(int32(), "1")).toEqual(["must be a whole number"]);
  });

  it("uses one message for every problem, or one per problem", () => {
    const revision = int32({ min: 1, error: "must be a revision number" });
    for (const value of ["x", 0, 1.5, INT32_MAX + 1]) expect(messages(revision, value)).toEqual(["must be a revision number"]);
    expect(messages(int32({ min: 1, max: 10, tooBig: "at most ten" }), 11)).toEqual(["at most ten"]);
  });

  it("refuses a bound that does not fit the column", () => {
    expect(() => int32({ max: INT32_MAX + 1 })).toThrow(/does not fit/);
  });
});

describe("queryInt32", () => {
  it("reads numbers from query strings with the same bounds", () => {
    expect(queryInt32().parse("42")).toBe(42);
    expect(messages(queryInt32(), "2147483648")).toEqual([`must be at most ${INT32_MAX}`]);
    expect(messages(queryInt32({ error: "must be an event id" }), "abc")).toEqual(["must be an event id"]);
    expect(messages(queryInt32(), "1.5")).toEqual(["must be a whole number"]);
  });
});

describe("seq", () => {
  it("is an event id: 1 or more, fitting the column", () => {
    expect(seq().parse(1)).toBe(1);
    for (const value of [0, -3, 1.5, INT32_MAX + 1, "7"]) expect(messages(seq(), value)).toEqual(["must be an event id"]);
  });
});

describe("decimal", () => {
  it("takes fractions between both bounds", () => {
    const minutes = decimal({ min: 0.5, max: 240, error: "must be a number of minutes" });
    expect(minutes.parse(0.5)).toBe(0.5);
    expect(messages(minutes, 241)).toEqual(["must be a number of minutes"]);
    expect(messages(decimal({ min: 0, max: 1 }), 2)).toEqual(["must be at most 1"]);
    expect(messages(decimal({ min: 0, max: 1 }), Number.NaN)).toEqual(["must be a number"]);
  });
});
