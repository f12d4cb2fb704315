import { describe, expect, it } from "vitest";
import { formatOffset } from "./clock";
import { parseOffset } from "./parse-offset";

describe("parseOffset", () => {
  it.each([
    ["04:07", 247_000],
    ["4:07", 247_000],
    ["T+04:07", 247_000],
    [" t+00:00 ", 0],
    ["75:00", 4_500_000],
    ["1:02:03", 3_723_000],
  ])("reads %s", (text, ms) => {
    expect(parseOffset(text)).toBe(ms);
  });

  it.each(["", "4", "4:7", "04:60", "1:60:00", "T-00:30", "abc", "1:02:03:04"])("refuses %j", (text) => {
    expect(parseOffset(text)).toBeNull();
  });

  it("reads back what formatOffset writes", () => {
    for (const ms of [0, 59_000, 61_000, 3_599_000, 3_600_000, 36_061_000]) expect(parseOffset(formatOffset(ms))).toBe(ms);
  });
});
