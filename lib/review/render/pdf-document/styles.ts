import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";

export const COLORS = {
  text: "#1f2937",
  muted: "#6b7280",
  rule: "#d1d5db",
  headerFill: "#f3f4f6",
  accent: "#1d4ed8",
  met: "#15803d",
  missed: "#b91c1c",
  neutral: "#64748b",
  draft: "#b45309",
  draftFill: "#fef3c7",
  series: ["#2563eb", "#16a34a", "#94a3b8"],
} as const;

/** A4 is 595 points wide; the content is what the margins leave. */
export const PAGE_MARGIN = 40;
export const CONTENT_WIDTH = 595 - 2 * PAGE_MARGIN;
const PAGE_HEIGHT = 842;

export const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9, lineHeight: 1.4, color: COLORS.text, paddingTop: 52, paddingBottom: 48, paddingHorizontal: PAGE_MARGIN },
  header: { position: "absolute", top: 20, left: PAGE_MARGIN, right: PAGE_MARGIN, flexDirection: "row", justifyContent: "space-between", fontSize: 7.5, color: COLORS.muted, borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, paddingBottom: 4 },
  headerTitle: { maxWidth: CONTENT_WIDTH - 90 },
  draftMark: { color: COLORS.draft, fontWeight: "bold" },
  // Placed from the top: an absolute `bottom` puts the footer off the page in @react-pdf/renderer 4.9.
  footer: { position: "absolute", top: PAGE_HEIGHT - 32, left: PAGE_MARGIN, right: PAGE_MARGIN, flexDirection: "row", justifyContent: "space-between", fontSize: 7.5, color: COLORS.muted },
  h1: { fontSize: 17, fontWeight: "bold", marginBottom: 6, color: COLORS.text },
  h2: { fontSize: 13, fontWeight: "bold", marginTop: 12, marginBottom: 5, color: COLORS.accent },
  h3: { fontSize: 10.5, fontWeight: "bold", marginTop: 9, marginBottom: 4 },
  h4: { fontSize: 9.5, fontWeight: "bold", marginTop: 7, marginBottom: 3 },
  notice: { backgroundColor: COLORS.draftFill, color: COLORS.draft, fontWeight: "bold", padding: 6, marginBottom: 6 },
  paragraph: { marginBottom: 4 },
  fieldRow: { flexDirection: "row", marginBottom: 2 },
  fieldLabel: { width: 120, fontWeight: "bold", color: COLORS.muted },
  fieldValue: { flex: 1 },
  listItem: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 10 },
  listText: { flex: 1 },
  table: { marginBottom: 6, borderTopWidth: 0.5, borderTopColor: COLORS.rule },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLORS.rule },
  tableHead: { backgroundColor: COLORS.headerFill, fontWeight: "bold" },
  cell: { paddingVertical: 2.5, paddingHorizontal: 3 },
  entry: { marginBottom: 5, paddingLeft: 6, borderLeftWidth: 1.5, borderLeftColor: COLORS.rule },
  entryHead: { fontSize: 7.5, color: COLORS.muted, fontWeight: "bold" },
  entryDetail: { fontSize: 7.5, color: COLORS.muted },
  chart: { marginTop: 4, marginBottom: 8 },
  chartTitle: { fontSize: 8.5, fontWeight: "bold", marginBottom: 3 },
});
