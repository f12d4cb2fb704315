/** What a report route sends: the report in one format, as a download named after its title. */
export interface Download {
  title: string;
  final: boolean;
  body: string | Buffer;
}

const TYPES = { json: "application/json", markdown: "text/markdown", pdf: "application/pdf" } as const;
const EXTENSIONS = { json: "json", markdown: "md", pdf: "pdf" } as const;

/** "Redis timeouts — API pool" → "redis-timeouts-api-pool"; non-Latin titles keep their letters in `filename*`. */
function fileStem(title: string): { ascii: string; unicode: string } {
  const unicode = title.normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "report";
  const ascii = unicode.normalize("NFKD").replace(/[^A-Za-z0-9-]+/g, "").replace(/-+/g, "-").replace(/^-+|-+$/g, "").toLowerCase() || "report";
  return { ascii, unicode };
}

export function downloadResponse(download: Download, format: keyof typeof TYPES): Response {
  const { ascii, unicode } = fileStem(download.title);
  const suffix = download.final ? "report" : "report-draft";
  const extension = EXTENSIONS[format];
  const body = typeof download.body === "string" ? download.body : new Uint8Array(download.body);
  return new Response(body, {
    headers: {
      "content-type": format === "pdf" ? TYPES[format] : `${TYPES[format]}; charset=utf-8`,
      // RFC 6266: a plain ASCII name for old clients, the real one (UTF-8) for the rest.
      "content-disposition": `attachment; filename="${ascii}-${suffix}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${unicode}-${suffix}.${extension}`)}`,
      "cache-control": "private, no-store",
    },
  });
}
