import Link from "next/link";

/** Why a page has nothing to show (not found, not yet, not yours), with the way back. */
export function Refusal({ title, text, back }: { title: string; text: string; back?: { href: string; label: string } }) {
  return (
    <div className="mx-auto mt-10 flex max-w-lg flex-col items-start gap-2 rounded-lg border border-zinc-800 bg-zinc-900/60 p-6">
      <h1 className="text-lg font-semibold text-white">{title}</h1>
      <p className="text-sm leading-relaxed text-zinc-400">{text}</p>
      {back && (
        <Link href={back.href} className="text-sm text-sky-400 hover:underline">
          {back.label}
        </Link>
      )}
    </div>
  );
}
