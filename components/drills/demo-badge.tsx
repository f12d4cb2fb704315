import { Badge } from "../ui/badge";

/** Seeded demo drills are marked wherever a drill is named, so nobody mistakes them for a real rehearsal. */
export function DemoBadge({ demo, className = "" }: { demo: boolean | undefined; className?: string }) {
  if (!demo) return null;
  return (
    <Badge tone="violet" className={`shrink-0 ${className}`}>
      <span data-testid="demo-badge" title="Seeded demo data: not a real drill">
        Demo data
      </span>
    </Badge>
  );
}
