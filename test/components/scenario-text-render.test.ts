import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChannelMessage } from "@/components/channel/channel-message";
import { HiddenAnswer } from "@/components/drills/hidden-answer";
import { AlertTable } from "@/components/scenarios/alert-table";
import type { DrillView } from "@/lib/drills/view";
import { scenarioDefinitionSchema } from "@/lib/scenarios/schemas";
import type { TimelineEventView } from "@/lib/timeline/events";
import { makeScenarioDefinition } from "../factories";

/** Every place that shows scenario text renders its light markup the same way: code, never raw backticks. */
const definition = scenarioDefinitionSchema.parse(
  makeScenarioDefinition({
    rootCause: "A runaway `memtier_benchmark` pod floods the primary.",
    modelAnswer: ["Find the client with `CLIENT LIST` and delete the pod.", "Fail over:\n```\naws elasticache test-failover\n```"],
    alerts: [{ id: "alert-1", offsetMinutes: 1, relativeTo: "start", source: "grafana", severity: "warning", title: "Redis latency", body: "Query: `redis_latency_p99 > 20`" }],
    hints: [{ id: "hint-1", text: "Try `CLIENT LIST`.", release: "manual" }],
  }),
);

function expectCode(html: string, code: string) {
  expect(html).toContain(`>${code}</code>`);
  expect(html).not.toContain("`");
}

describe("scenario text", () => {
  it("renders the hidden root cause and model answer as markup, not raw backticks", () => {
    const html = renderToStaticMarkup(createElement(HiddenAnswer, { drill: { script: definition } as DrillView, open: true }));
    expectCode(html, "memtier_benchmark");
    expectCode(html, "CLIENT LIST");
    expect(html).toContain("<pre");
    expect(html).toContain(">aws elasticache test-failover</code></pre>");
  });

  it("renders alert bodies in the scenario's alert table as markup", () => {
    const html = renderToStaticMarkup(createElement(AlertTable, { alerts: definition.alerts, steps: definition.injections }));
    expectCode(html, "redis_latency_p99 &gt; 20");
  });

  it("renders a fired alert's body and a hint in the channel (and the editor's preview) as markup that wraps", () => {
    const base = { id: 1, drillId: "d", audience: "everyone", at: new Date(0).toISOString(), offsetMs: 0, actor: { type: "system", id: null, name: "drillroom" } } as const;
    const alert = { ...base, kind: "alert.fired", ref: "alert:alert-1", body: { alertId: "alert-1", source: "grafana", severity: "warning", title: "Redis latency", body: definition.alerts[0]!.body } } as TimelineEventView;
    const hint = { ...base, kind: "hint.released", ref: "hint:hint-1", body: { hintId: "hint-1", number: 1, text: definition.hints[0]!.text } } as TimelineEventView;
    const alertHtml = renderToStaticMarkup(createElement(ChannelMessage, { event: alert }));
    expectCode(alertHtml, "redis_latency_p99 &gt; 20");
    expect(alertHtml).toContain("[overflow-wrap:anywhere]");
    expectCode(renderToStaticMarkup(createElement(ChannelMessage, { event: hint })), "CLIENT LIST");
  });
});
