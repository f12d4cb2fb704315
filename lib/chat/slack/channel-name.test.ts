import { describe, expect, it } from "vitest";
import { channelName } from "./channel-name";

const at = new Date(2026, 10, 24, 9, 30);
const validSlackName = /^[a-z0-9_-]{1,80}$/;

describe("channel names", () => {
  it("fills the pattern with the date and a slug of the title", () => {
    expect(channelName("drill-{date}-{slug}", { title: "Redis timeout!", drillId: "cmabc123xyz", at })).toBe("drill-2026-11-24-redis-timeout");
    expect(channelName("ir-{id}", { title: "x", drillId: "cmabc123xyz", at })).toBe("ir-123xyz");
  });

  it("keeps to Slack's rules whatever the title", () => {
    for (const title of ["Ünïcödé Çafé", "  spaces   and ... dots  ", "UPPER_case_Title", "한국어 장애 훈련", "a".repeat(200), "--", "emoji 🔥 fire"]) {
      const name = channelName("drill-{date}-{slug}", { title, drillId: "cm0000000001", at });
      expect(name, title).toMatch(validSlackName);
      expect(name, title).not.toMatch(/--|-$/);
    }
    expect(channelName("{slug}", { title: "한국어", drillId: "cmabcdef", at })).toBe("drill-abcdef");
  });

  it("adds a numbered suffix after name_taken and still fits 80 characters", () => {
    expect(channelName("drill-{slug}", { title: "db failover", drillId: "x", at }, 2)).toBe("drill-db-failover-2");
    const long = channelName("drill-{slug}", { title: "b".repeat(120), drillId: "x", at }, 12);
    expect(long).toHaveLength(80);
    expect(long.endsWith("-12")).toBe(true);
  });
});
