import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/components/analytics/csv";
import { outcomesCsv, scenariosCsv } from "@/components/analytics/csv-tables";
import type { AnalyticsView } from "@/lib/queries/analytics";

describe("analytics CSV", () => {
  it("writes a header row, then one line per row, with CRLF line ends", () => {
    expect(toCsv({ header: ["Scenario", "Runs"], rows: [["Cache down", 2], ["DNS", 0]] })).toBe("Scenario,Runs\r\nCache down,2\r\nDNS,0\r\n");
  });

  it("quotes cells holding commas, quotes or line breaks, doubling the quotes", () => {
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('the "cache"')).toBe('"the ""cache"""');
    expect(csvCell("one\ntwo")).toBe('"one\ntwo"');
    expect(csvCell("one\r\ntwo")).toBe('"one\r\ntwo"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("leaves missing values empty and writes numbers as they are", () => {
    expect(toCsv({ header: ["a", "b", "c"], rows: [[null, undefined, 0.5]] })).toBe("a,b,c\r\n,,0.5\r\n");
    expect(csvCell(-3)).toBe("-3");
  });

  it("keeps text a spreadsheet would run as a formula from running: a leading ' before = + - @", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-team")).toBe("'-team");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("the analytics tables as CSV", () => {
  const spread = (n: number, median: number | null) => ({ n, median, p25: median, p75: median });
  const view = {
    periods: [{ period: "2026-11", drills: 2, outcomes: { mitigated: 1, failed: 1 }, times: { acknowledge: spread(0, null), escalate: spread(0, null), mitigate: spread(1, 90_000) }, hintsPerDrill: 1, survey: { difficulty: null, usefulness: null, enjoyment: null, drills: 0 } }],
    scenarios: [
      {
        scenarioId: "s-1",
        title: "Cache, down",
        runs: 2,
        mitigated: 1,
        successRate: 0.5,
        times: { acknowledge: spread(0, null), escalate: spread(0, null), mitigate: spread(1, 90_000) },
        hintsPerRun: 1,
        survey: { difficulty: null, usefulness: null, enjoyment: null, drills: 0 },
        calibration: { verdict: "not_enough_runs", hardness: null, measured: null, declared: "advanced", runs: 2, because: "Not enough runs yet: 2 of the 3 a verdict needs." },
      },
    ],
  } as unknown as AnalyticsView;

  it("writes a month's outcomes in the order drills end, zero where none", () => {
    expect(toCsv(outcomesCsv(view))).toBe("Month,Drills,Mitigated,Failed,Timed out,Aborted\r\n2026-11,2,1,1,0,0\r\n");
  });

  it("writes a scenario's times in minutes, empty where never reached, and the calibration's reason", () => {
    const [header, row] = toCsv(scenariosCsv(view)).split("\r\n");
    expect(header).toContain("Mitigate: median (min)");
    expect(row).toBe('"Cache, down",2,1,50,0,,,,0,,,,1,1.5,1.5,1.5,1,0,,,,advanced,,Not enough runs yet,Not enough runs yet: 2 of the 3 a verdict needs.');
  });
});
