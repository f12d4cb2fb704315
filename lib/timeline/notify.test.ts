import { describe, expect, it } from "vitest";
import type { TimelineEventView } from "./events";
import { notificationPayload, parseNotification } from "./notify";

function noteEvent(text: string, id = 7): TimelineEventView {
  return {
    id,
    drillId: "drill-1",
    kind: "note.added",
    audience: "staff",
    at: "2026-11-24T10:00:00.000Z",
    offsetMs: 1000,
    actor: { type: "observer", id: null, name: "Oz" },
    ref: null,
    body: { text },
  };
}

describe("notificationPayload", () => {
  it("carries a small event inline", () => {
    const event = noteEvent("short");
    const payload = notificationPayload(event);
    expect(JSON.parse(payload)).toEqual({ drillId: "drill-1", seq: 7, event });
  });

  it("sends only a reference when the event is over 7500 bytes", () => {
    const payload = notificationPayload(noteEvent("x".repeat(7600)));
    expect(JSON.parse(payload)).toEqual({ drillId: "drill-1", seq: 7 });
    expect(Buffer.byteLength(payload)).toBeLessThan(100);
  });

  it("counts bytes, not characters (multi-byte text)", () => {
    const text = "€".repeat(3000); // 3000 characters, 9000 bytes in UTF-8
    expect(text.length).toBeLessThan(7500);
    expect(JSON.parse(notificationPayload(noteEvent(text)))).toEqual({ drillId: "drill-1", seq: 7 });
  });

  it("keeps the inline payload at or under 7500 bytes right at the boundary", () => {
    const base = Buffer.byteLength(notificationPayload(noteEvent("")));
    const fits = notificationPayload(noteEvent("y".repeat(7500 - base)));
    const tooBig = notificationPayload(noteEvent("y".repeat(7501 - base)));
    expect(Buffer.byteLength(fits)).toBe(7500);
    expect(JSON.parse(fits).event).toBeDefined();
    expect(JSON.parse(tooBig).event).toBeUndefined();
  });
});

describe("parseNotification", () => {
  it("reads back both payload forms", () => {
    const event = noteEvent("hello", 3);
    expect(parseNotification(notificationPayload(event))).toEqual({ drillId: "drill-1", seq: 3, event });
    expect(parseNotification('{"drillId":"d","seq":12}')).toEqual({ drillId: "d", seq: 12 });
  });

  it.each(["", "not json", "null", '{"drillId":"d"}', '{"drillId":"d","seq":1.5}', '{"drillId":4,"seq":1}'])("ignores %j", (payload) => {
    expect(parseNotification(payload)).toBeUndefined();
  });
});
