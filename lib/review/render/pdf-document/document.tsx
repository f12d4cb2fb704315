import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { Block } from "../outline/blocks";
import { BlockView } from "./blocks";
import { styles } from "./styles";

export interface DocumentMeta {
  title: string;
  /** Shown in every page's header when the report may still change. */
  draft: boolean;
  /** The report's own time, so the same report always gives the same bytes (never the time of rendering). */
  generatedAt: string;
  generatedLabel: string;
}

export function ReportDocument({ blocks, meta }: { blocks: Block[]; meta: DocumentMeta }) {
  const date = new Date(meta.generatedAt);
  return (
    <Document title={meta.title} author="drillroom" creator="drillroom" producer="drillroom" creationDate={date} modificationDate={date} language="en">
      <Page size="A4" style={styles.page} wrap>
        <View style={styles.header} fixed>
          <Text style={styles.headerTitle}>{meta.title}</Text>
          {meta.draft ? <Text style={styles.draftMark}>DRAFT: may still change</Text> : <Text>Final</Text>}
        </View>
        <View style={styles.footer} fixed>
          <Text>{meta.generatedLabel}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
        {blocks.map((block, index) => (
          <BlockView key={index} block={block} />
        ))}
      </Page>
    </Document>
  );
}
