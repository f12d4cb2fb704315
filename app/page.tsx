import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { Can } from "@/components/auth/can";
import { OtherRecentDrills, RunningDrills } from "@/components/drills/drill-list";
import { Card } from "@/components/ui/card";

export default function Dashboard() {
  return (
    <AppShell>
      <div className="mb-5 flex items-end justify-between">
        <div>
          <h1 className="text-xl font-semibold text-white">Control room</h1>
          <p className="text-sm text-zinc-400">Rehearse production incidents: design a scenario, run the drill, learn from the timeline.</p>
        </div>
        <Can permission="drill.run">
          <Link href="/scenarios" className="rounded-md bg-sky-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-sky-500">
            Run a drill from the library
          </Link>
        </Can>
      </div>
      <div className="flex flex-col gap-4">
        <Card title="Running now">
          <RunningDrills />
        </Card>
        <Card title="Other recent drills">
          <OtherRecentDrills />
        </Card>
      </div>
    </AppShell>
  );
}
