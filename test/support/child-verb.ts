// Runs one verb in a process of its own, as another app instance (without a scheduler) would, then exits.
// Usage: tsx test/support/child-verb.ts <command> <json input>; DATABASE_URL names the database.
//   trigger-injection {"drillId","stepId"}       records an injection and exits
//   abort-then-crash  {"drillId","note"?,"shareNote"?}  aborts, and dies the moment the abort's first phase commits
import { abortDrill } from "../../lib/drills/abort-drill";
import { triggerInjection } from "../../lib/drills/injections/trigger-injection";
import { disconnectPrisma } from "../../lib/db/client";
import { facilitator } from "../factories";
import { CRASH_EXIT_CODE } from "./child-process";

async function main() {
  const [command, json] = process.argv.slice(2);
  const input = JSON.parse(json ?? "{}") as { drillId: string; stepId?: string; note?: string; shareNote?: boolean };
  const ctx = { actor: facilitator };
  if (command === "trigger-injection") {
    await triggerInjection({ ctx, input: { drillId: input.drillId, data: { stepId: input.stepId ?? "" } } });
  } else if (command === "abort-then-crash") {
    await abortDrill({
      ctx,
      input: { drillId: input.drillId, data: { confirm: true, note: input.note ?? "", shareNote: input.shareNote ?? false } },
      options: { retry: { baseDelayMs: 1 }, afterPhase: (phase) => (phase === "marked" ? process.exit(CRASH_EXIT_CODE) : undefined) },
    });
  } else {
    throw new Error(`unknown command ${command}`);
  }
  await disconnectPrisma();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
