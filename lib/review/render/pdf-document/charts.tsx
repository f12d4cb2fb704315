import { G, Line, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { formatDuration } from "../../../drill-model/clock";
import type { Chart, DrillSeries, MilestoneBar } from "../outline/blocks";
import { DistributionChart } from "./distribution-chart";
import { FONT_FAMILY } from "./fonts";
import { COLORS, CONTENT_WIDTH, styles } from "./styles";

/** Charts drawn with the PDF library's own SVG primitives: horizontal bars on a minute scale, one row per measure. */

const LABEL_WIDTH = 120;
const VALUE_WIDTH = 58;
const PLOT_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const ROW = 15;
const BAR = 9;
const AXIS = 16;
// Svg text does not inherit the page's font: without it Hangul would come out as Helvetica's missing glyphs.
const label = { fontFamily: FONT_FAMILY, fontSize: 7 };

/** A round minute step that gives four to eight ticks. */
function tickStepMs(maxMs: number): number {
  const minutes = maxMs / 60_000;
  const step = [1, 2, 5, 10, 15, 30, 60, 120].find((candidate) => minutes / candidate <= 8) ?? 240;
  return step * 60_000;
}

function Axis({ maxMs, top }: { maxMs: number; top: number }) {
  const step = tickStepMs(maxMs);
  const ticks = Array.from({ length: Math.floor(maxMs / step) + 1 }, (_, index) => index * step);
  return (
    <G>
      <Line x1={LABEL_WIDTH} y1={top} x2={LABEL_WIDTH + PLOT_WIDTH} y2={top} stroke={COLORS.rule} strokeWidth={0.5} />
      {ticks.map((tick) => {
        const x = LABEL_WIDTH + (tick / maxMs) * PLOT_WIDTH;
        return (
          <G key={tick}>
            <Line x1={x} y1={0} x2={x} y2={top + 2} stroke={COLORS.rule} strokeWidth={0.3} />
            <Text x={x - 6} y={top + 10} style={label} fill={COLORS.muted}>{`${tick / 60_000}m`}</Text>
          </G>
        );
      })}
    </G>
  );
}

const scaleMax = (values: (number | null)[]): number => Math.max(60_000, ...values.filter((value): value is number => value != null)) * 1.05;
const truncate = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function MilestoneChart({ title, bars }: { title: string; bars: MilestoneBar[] }) {
  const maxMs = scaleMax(bars.flatMap((bar) => [bar.valueMs, bar.limitMs]));
  const x = (ms: number) => LABEL_WIDTH + (ms / maxMs) * PLOT_WIDTH;
  const height = bars.length * ROW + AXIS;
  return (
    <View style={styles.chart} wrap={false}>
      <Text style={styles.chartTitle}>{title}</Text>
      <Svg width={CONTENT_WIDTH} height={height}>
        <Axis maxMs={maxMs} top={bars.length * ROW} />
        {bars.map((bar, index) => {
          const y = index * ROW + (ROW - BAR) / 2;
          const fill = bar.met == null ? COLORS.neutral : bar.met ? COLORS.met : COLORS.missed;
          return (
            <G key={bar.label}>
              <Text x={0} y={y + 7} style={label} fill={COLORS.text}>{truncate(bar.label, 28)}</Text>
              {bar.valueMs == null ? (
                <Text x={LABEL_WIDTH + 2} y={y + 7} style={label} fill={COLORS.muted}>not reached</Text>
              ) : (
                <G>
                  <Rect x={LABEL_WIDTH} y={y} width={Math.max(1, x(bar.valueMs) - LABEL_WIDTH)} height={BAR} fill={fill} />
                  <Text x={Math.max(x(bar.valueMs), bar.limitMs == null ? 0 : x(bar.limitMs)) + 4} y={y + 7} style={label} fill={COLORS.text}>{formatDuration(bar.valueMs)}</Text>
                </G>
              )}
              {bar.limitMs == null ? null : <Line x1={x(bar.limitMs)} y1={y - 2} x2={x(bar.limitMs)} y2={y + BAR + 2} stroke={COLORS.text} strokeWidth={1.2} strokeDasharray="2,1" />}
            </G>
          );
        })}
      </Svg>
      <Text style={styles.entryDetail}>Bars: time from the reference (green met, red missed, grey no criterion). Dashed marks: the success criterion&apos;s limit.</Text>
    </View>
  );
}

function DrillsChart({ title, series, drills }: { title: string; series: string[]; drills: DrillSeries[] }) {
  const maxMs = scaleMax(drills.flatMap((drill) => drill.values.map((value) => value.valueMs)));
  const x = (ms: number) => LABEL_WIDTH + (ms / maxMs) * PLOT_WIDTH;
  const groupHeight = series.length * (BAR + 2) + 8;
  const height = drills.length * groupHeight + AXIS;
  return (
    <View style={styles.chart} wrap={false}>
      <Text style={styles.chartTitle}>{title}</Text>
      <Svg width={CONTENT_WIDTH} height={14}>
        {series.map((name, index) => (
          <G key={name}>
            <Rect x={LABEL_WIDTH + index * 110} y={3} width={8} height={8} fill={COLORS.series[index % COLORS.series.length]} />
            <Text x={LABEL_WIDTH + index * 110 + 11} y={10} style={label} fill={COLORS.text}>{name}</Text>
          </G>
        ))}
      </Svg>
      <Svg width={CONTENT_WIDTH} height={height}>
        <Axis maxMs={maxMs} top={drills.length * groupHeight} />
        {drills.map((drill, group) => {
          const top = group * groupHeight + 4;
          return (
            <G key={`${group}-${drill.label}`}>
              <Text x={0} y={top + 8} style={label} fill={COLORS.text}>{truncate(drill.label, 28)}</Text>
              {drill.values.map((value, index) => {
                const y = top + index * (BAR + 2);
                return value.valueMs == null ? (
                  <Text key={value.label} x={LABEL_WIDTH + 2} y={y + 7} style={label} fill={COLORS.muted}>{`${value.label}: not reached`}</Text>
                ) : (
                  <G key={value.label}>
                    <Rect x={LABEL_WIDTH} y={y} width={Math.max(1, x(value.valueMs) - LABEL_WIDTH)} height={BAR} fill={COLORS.series[index % COLORS.series.length]} />
                    <Text x={x(value.valueMs) + 3} y={y + 7} style={label} fill={COLORS.text}>{formatDuration(value.valueMs)}</Text>
                  </G>
                );
              })}
            </G>
          );
        })}
      </Svg>
    </View>
  );
}

export function ChartView({ chart }: { chart: Chart }) {
  switch (chart.kind) {
    case "milestones":
      return <MilestoneChart title={chart.title} bars={chart.bars} />;
    case "drills":
      return <DrillsChart title={chart.title} series={chart.series} drills={chart.drills} />;
    case "distribution":
      return <DistributionChart title={chart.title} counts={chart.counts} low={chart.low} high={chart.high} />;
  }
}
