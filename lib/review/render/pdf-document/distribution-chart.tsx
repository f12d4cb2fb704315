import { G, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";
import { COLORS, styles } from "./styles";

/** A 1–5 question's answers as five horizontal bars, one per score, drawn with the PDF library's SVG primitives. */

const LABEL_WIDTH = 110;
const PLOT_WIDTH = 200;
const ROW = 13;
const BAR = 8;
// Svg text does not inherit the page's font: without it Hangul would come out as Helvetica's missing glyphs.
const label = { fontFamily: FONT_FAMILY, fontSize: 7 };
const truncate = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function scoreLabel(score: number, low: string | null, high: string | null): string {
  const meaning = score === 1 ? low : score === 5 ? high : null;
  return meaning ? `${score} · ${truncate(meaning, 24)}` : String(score);
}

export function DistributionChart({ title, counts, low, high }: { title: string; counts: number[]; low: string | null; high: string | null }) {
  const most = Math.max(1, ...counts);
  return (
    <View style={styles.chart} wrap={false}>
      <Text style={styles.chartTitle}>{title}</Text>
      <Svg width={LABEL_WIDTH + PLOT_WIDTH + 30} height={counts.length * ROW}>
        {counts.map((count, index) => {
          const y = index * ROW + (ROW - BAR) / 2;
          const width = (count / most) * PLOT_WIDTH;
          return (
            <G key={index}>
              <Text x={0} y={y + 7} style={label} fill={COLORS.text}>{scoreLabel(index + 1, low, high)}</Text>
              <Rect x={LABEL_WIDTH} y={y} width={PLOT_WIDTH} height={BAR} fill={COLORS.headerFill} />
              {count > 0 ? <Rect x={LABEL_WIDTH} y={y} width={Math.max(1, width)} height={BAR} fill={COLORS.series[0]} /> : null}
              <Text x={LABEL_WIDTH + PLOT_WIDTH + 4} y={y + 7} style={label} fill={COLORS.text}>{String(count)}</Text>
            </G>
          );
        })}
      </Svg>
    </View>
  );
}
