import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ID_MAX, id, LONE_SURROGATE_MESSAGE, NUL_MESSAGE, storable, text } from "./text";

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("storable", () => {
  it("refuses NUL and lone surrogates, high or low, anywhere", () => {
    expect(messages(storable(), "a\u0000b")).toEqual([NUL_MESSAGE]);
    expect(messages(storable(), "a\ud800")).toEqual([LONE_SURROGATE_MESSAGE]);
    expect(messages(storable(), "\udc00b")).toEqual([LONE_SURROGATE_MESSAGE]);
    expect(messages(storable(), "\ude00\ud83d")).toEqual([LONE_SURROGATE_MESSAGE]);
  });

  it("keeps every other character, emoji (surrogate pairs) and control characters included", () => {
    for (const value of ["", "plain", "😀 ok", "tab\there\nline", "\u0001\u007f", "日本語"]) expect(storable().parse(value)).toBe(value);
  });

  it("says what it expected when the value is not a string", () => {
    expect(messages(storable("must be text"), 5)).toEqual(["must be text"]);
  });
});

describe("text", () => {
  it("trims, then checks the length with today's messages", () => {
    const title = text({ min: 1, max: 5 });
    expect(title.parse("  abc  ")).toBe("abc");
    expect(messages(title, "   ")).toEqual(["is required"]);
    expect(messages(title, "abcdef")).toEqual(["must be at most 5 characters"]);
    expect(messages(text({ min: 3, max: 5 }), "ab")).toEqual(["must be at least 3 characters"]);
    expect(messages(text({ min: 1, max: 5, tooShort: "say who", tooLong: "too long" }), "")).toEqual(["say who"]);
  });

  it("leaves whitespace alone when asked not to trim", () => {
    expect(text({ max: 10, trim: false }).parse("  a ")).toBe("  a ");
  });

  it("refuses NUL and lone surrogates as well as length", () => {
    expect(messages(text({ max: 3 }), "ab\u0000cd")).toEqual([NUL_MESSAGE, "must be at most 3 characters"]);
    expect(messages(text({ max: 10 }), "\ud800")).toEqual([LONE_SURROGATE_MESSAGE]);
  });
});

describe("id", () => {
  it("is exact, non-empty and bounded", () => {
    expect(id().parse(" x ")).toBe(" x ");
    expect(messages(id(), "")).toEqual(["is required"]);
    expect(messages(id(), "x".repeat(ID_MAX + 1))).toEqual(["is too long"]);
    expect(messages(id(), "abc\u0000")).toEqual([NUL_MESSAGE]);
    expect(messages(id(), "\udfff")).toEqual([LONE_SURROGATE_MESSAGE]);
  });
});
