import { afterEach, describe, expect, it } from "vitest";
import { formatWallDate, formatWallTime } from "../../../lib/review/render/time";

const ISO = "2026-12-05T05:03:00.000Z";

describe("wall times in the team's time zone", () => {
  const serverZone = process.env.TZ;
  afterEach(() => {
    if (serverZone === undefined) delete process.env.TZ;
    else process.env.TZ = serverZone;
  });

  it("shows the same instant at the team's hour, with the zone named", () => {
    expect(formatWallTime(ISO, "Asia/Seoul")).toBe("2026-12-05 14:03 GMT+9");
    expect(formatWallTime(ISO, "UTC")).toBe("2026-12-05 05:03 UTC");
    expect(formatWallTime(ISO, "America/New_York")).toBe("2026-12-05 00:03 EST");
  });

  it("does not depend on the server's own zone", () => {
    process.env.TZ = "America/Los_Angeles";
    expect(formatWallTime(ISO, "Asia/Seoul")).toBe("2026-12-05 14:03 GMT+9");
    process.env.TZ = "Asia/Kolkata";
    expect(formatWallTime(ISO, "UTC")).toBe("2026-12-05 05:03 UTC");
  });

  it("crosses midnight into the team's calendar day", () => {
    expect(formatWallDate("2026-12-05T20:00:00Z", "Asia/Seoul")).toBe("2026-12-06");
    expect(formatWallDate("2026-12-05T20:00:00Z", "UTC")).toBe("2026-12-05");
  });

  it("keeps a bare date as the day it names, in any zone", () => {
    expect(formatWallDate("2026-12-05", "America/Los_Angeles")).toBe("2026-12-05");
  });

  it("falls back to UTC for a zone the runtime does not know, and leaves a non-date as it is", () => {
    expect(formatWallTime(ISO, "Mars/Olympus_Mons")).toBe("2026-12-05 05:03 UTC");
    expect(formatWallTime("not a date", "Asia/Seoul")).toBe("not a date");
  });
});
