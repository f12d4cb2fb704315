import { describe, expect, it } from "vitest";
import { excerpt } from "./marks";

describe("excerpt", () => {
  it("keeps short text whole, on one line", () => {
    expect(excerpt("  restarting\n\tcheckout  now ")).toBe("restarting checkout now");
  });

  it("cuts after the first 80 code points, never inside a surrogate pair", () => {
    const text = `${"🔥".repeat(79)}ab`;
    expect(excerpt(text)).toBe(`${"🔥".repeat(79)}a…`);
    expect(excerpt("🔥".repeat(80))).toBe("🔥".repeat(80));
    expect(excerpt(`${"x".repeat(79)}🔥🔥`)).toBe(`${"x".repeat(79)}🔥…`);
  });

  it("shows Slack mentions by name, and leaves unknown ones as they are", () => {
    expect(excerpt("ping <@U123> and <@U999|someone>", { U123: "Ana" })).toBe("ping @Ana and <@U999|someone>");
  });

  it("reads only the start of a huge message", () => {
    expect(excerpt(`hello ${"a".repeat(1_000_000)}`)).toBe(`hello ${"a".repeat(74)}…`);
  });
});
