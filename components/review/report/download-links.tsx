/** The report as files: plain links to its routes (the server names the file and sets the attachment). */
export function DownloadLinks({ urls }: { urls: { json: string; markdown: string; pdf: string } }) {
  const links = [
    { href: urls.markdown, label: "Markdown" },
    { href: urls.pdf, label: "PDF" },
    { href: urls.json, label: "JSON" },
  ];
  return (
    <div role="group" aria-label="Download the report" className="flex items-center gap-1.5 print:hidden">
      <span className="mr-1 text-xs text-zinc-500">Download</span>
      {links.map((link) => (
        <a
          key={link.label}
          href={link.href}
          download
          className="inline-flex h-8 items-center rounded-md border border-zinc-700 bg-zinc-900 px-3 text-xs font-medium text-zinc-100 hover:bg-zinc-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
        >
          {link.label}
        </a>
      ))}
    </div>
  );
}
