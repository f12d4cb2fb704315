import { describe, expect, it } from "vitest";
import { daysOverdue, todayIn } from "./overdue";

describe("overdue on the team's calendar", () => {
  it("takes today from the team's time zone, not the server's", () => {
    const at = new Date("2026-12-05T16:30:00Z");
    expect(todayIn("UTC", at)).toBe("2026-12-05");
    expect(todayIn("Asia/Seoul", at)).toBe("2026-12-06");
    expect(todayIn("America/Los_Angeles", new Date("2026-12-06T03:00:00Z"))).toBe("2026-12-05");
  });

  it("counts whole days past the due date while the item is unfinished", () => {
    expect(daysOverdue("2026-12-05", "open", "2026-12-05")).toBeNull();
    expect(daysOverdue("2026-12-05", "open", "2026-12-06")).toBe(1);
    expect(daysOverdue("2026-02-27", "in_progress", "2026-03-02")).toBe(3);
    expect(daysOverdue("2026-12-01", "done", "2026-12-06")).toBeNull();
    expect(daysOverdue("2026-12-01", "wont_do", "2026-12-06")).toBeNull();
    expect(daysOverdue(null, "open", "2026-12-06")).toBeNull();
  });
});
