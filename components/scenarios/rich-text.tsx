/** Scenario prose with line breaks kept and `backticked` commands shown as code, the way designers write runbooks. */
export function RichText({ text, className = "" }: { text: string; className?: string }) {
  if (!text.trim()) return <p className={`text-sm text-zinc-600 italic ${className}`}>Nothing written.</p>;
  return (
    <div className={`text-sm leading-relaxed whitespace-pre-wrap text-zinc-300 ${className}`}>
      {text.split(/(`[^`\n]+`)/g).map((part, index) =>
        part.length > 2 && part.startsWith("`") && part.endsWith("`") ? (
          <code key={index} className="rounded bg-zinc-800 px-1 py-px font-mono text-[12px] break-all text-zinc-200">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </div>
  );
}
