import Link from "next/link";
import { replayPage } from "@/lib/queries/replay";
import { reportLinks } from "@/lib/queries/review";

const linkClass = "rounded px-1 text-sky-400 hover:underline focus-visible:outline-2 focus-visible:outline-sky-400";

/** The report (live until the close, frozen after) and its downloads. */
export function ReportLinks({ drillId }: { drillId: string }) {
  const links = reportLinks(drillId);
  return (
    <nav aria-label="Report" className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <Link href={links.page} className={`${linkClass} font-medium`}>
        Open the report
      </Link>
      <span className="text-zinc-600">·</span>
      <Link href={replayPage({ kind: "drill", drillId })} className={`${linkClass} font-medium`}>
        Replay the drill
      </Link>
      <span className="text-zinc-600">·</span>
      <span className="text-xs text-zinc-500">download</span>
      <a href={links.markdown} download className={linkClass}>
        Markdown
      </a>
      <a href={links.pdf} download className={linkClass}>
        PDF
      </a>
      <a href={links.json} download className={linkClass}>
        JSON
      </a>
    </nav>
  );
}
