import { describe, expect, it } from "vitest";
import { slackTime } from "./slack-time";

describe("slackTime", () => {
  const now = new Date("2026-12-05T10:00:00.000Z");
  const seconds = now.getTime() / 1000;

  it("reads seconds and microseconds to the millisecond", () => {
    expect(slackTime(`${seconds - 40}.123456`, now).toISOString()).toBe("2026-12-05T09:59:20.123Z");
    expect(slackTime(`${seconds - 1}.5`, now).toISOString()).toBe("2026-12-05T09:59:59.500Z");
  });

  it("never answers a time after now, and falls back to now without a usable ts", () => {
    expect(slackTime(`${seconds + 3}.000001`, now)).toBe(now);
    for (const ts of [undefined, "", "soon", "1.2.3", "12"]) expect(slackTime(ts, now)).toBe(now);
  });
});
