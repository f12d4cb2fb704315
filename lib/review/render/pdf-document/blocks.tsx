import { Text, View } from "@react-pdf/renderer";
import type { Block, Column, Entry } from "../outline/blocks";
import { shorten } from "../outline/format";
import { ChartView } from "./charts";
import { styles } from "./styles";

/** An entry longer than this may be taller than a page, so it is allowed to split; shorter ones stay whole. */
const KEEP_WHOLE_CHARS = 1_200;
/**
 * A table row never splits: @react-pdf/renderer's layout of a row (flexDirection "row") split across pages can produce
 * coordinates of -1e21 and crash pdfkit. Capping every cell keeps a row well under a page's height.
 */
const CELL_CHARS = 800;
const HEADINGS = { 1: styles.h1, 2: styles.h2, 3: styles.h3, 4: styles.h4 } as const;

function TableView({ columns, rows }: { columns: Column[]; rows: string[][] }) {
  const cell = (column: Column) => [styles.cell, { flex: column.weight ?? 1, textAlign: column.align ?? "left" } as const];
  return (
    <View style={styles.table}>
      <View style={[styles.tableRow, styles.tableHead]}>
        {columns.map((column, index) => (
          <Text key={index} style={cell(column)}>
            {column.label}
          </Text>
        ))}
      </View>
      {rows.map((row, rowIndex) => (
        <View key={rowIndex} style={styles.tableRow} wrap={false}>
          {columns.map((column, index) => (
            <Text key={index} style={cell(column)}>
              {shorten(row[index] ?? "", CELL_CHARS)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function EntryView({ entry }: { entry: Entry }) {
  return (
    <View style={styles.entry} wrap={entry.body.length + (entry.detail?.length ?? 0) > KEEP_WHOLE_CHARS}>
      <Text style={styles.entryHead}>{entry.head}</Text>
      {entry.body ? <Text>{entry.body}</Text> : null}
      {entry.detail ? <Text style={styles.entryDetail}>{entry.detail}</Text> : null}
    </View>
  );
}

function ListView({ items }: { items: string[] }) {
  return (
    <View style={styles.paragraph}>
      {items.map((item, index) => (
        <View key={index} style={styles.listItem} wrap={item.length > KEEP_WHOLE_CHARS}>
          <Text style={styles.bullet}>•</Text>
          <Text style={styles.listText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading":
      return (
        <Text style={HEADINGS[block.level]} minPresenceAhead={100}>
          {block.text}
        </Text>
      );
    case "notice":
      return <Text style={styles.notice}>{block.text}</Text>;
    case "paragraph":
      return <Text style={styles.paragraph}>{block.text}</Text>;
    case "fields":
      return (
        <View style={styles.paragraph}>
          {block.fields.map((field, index) => (
            <View key={index} style={styles.fieldRow} wrap={field.value.length > KEEP_WHOLE_CHARS}>
              <Text style={styles.fieldLabel}>{field.label}</Text>
              <Text style={styles.fieldValue}>{field.value}</Text>
            </View>
          ))}
        </View>
      );
    case "list":
      return <ListView items={block.items} />;
    case "table":
      return <TableView columns={block.columns} rows={block.rows} />;
    case "entries":
      return (
        <View>
          {block.entries.map((entry, index) => (
            <EntryView key={index} entry={entry} />
          ))}
        </View>
      );
    case "chart":
      return <ChartView chart={block.chart} />;
    case "break":
      return <View break />;
  }
}
