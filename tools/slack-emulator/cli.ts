/**
 * Runs the Slack emulator for local demos:
 *   SLACK_EMULATOR_DELIVER_TO=http://127.0.0.1:3000/api/slack/events npx tsx tools/slack-emulator/cli.ts [--users users.json]
 * Ids are fixed so that ids the app stored survive an emulator restart.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { startSlackEmulator } from "./index";

const seedUsersSchema = z.array(
  z.object({ id: z.string().min(1).optional(), name: z.string().min(1), realName: z.string().optional(), email: z.email().optional() }),
);

const DEFAULT_USERS: z.infer<typeof seedUsersSchema> = [
  { id: "U0ALICE", name: "alice", realName: "Alice Kim", email: "alice@example.com" },
  { id: "U0BOB", name: "bob", realName: "Bob Lee", email: "bob@example.com" },
  { id: "U0CAROL", name: "carol", realName: "Carol Park", email: "carol@example.com" },
  { id: "U0DAVE", name: "dave", realName: "Dave Choi", email: "dave@example.com" },
];

function usersFile(argv: string[]): string | undefined {
  const flag = argv.indexOf("--users");
  return flag >= 0 ? argv[flag + 1] : process.env.SLACK_EMULATOR_USERS;
}

function seedUsers(file: string | undefined): z.infer<typeof seedUsersSchema> {
  if (!file) return DEFAULT_USERS;
  const parsed = seedUsersSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a list of {id?, name, realName?, email?}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function main(): Promise<void> {
  const port = Number.parseInt(process.env.SLACK_EMULATOR_PORT ?? "3999", 10);
  const botToken = process.env.SLACK_BOT_TOKEN || "xoxb-emulator-token";
  const signingSecret = process.env.SLACK_SIGNING_SECRET || "emulator-signing-secret";
  const emulator = await startSlackEmulator({
    port,
    botToken,
    signingSecret,
    deliverTo: process.env.SLACK_EMULATOR_DELIVER_TO || undefined,
    teamId: "T0DRILLROOM",
    botUserId: "U0DRILLBOT",
    botId: "B0DRILLBOT",
    appId: "A0DRILLROOM",
  });
  const users = seedUsers(usersFile(process.argv.slice(2))).map((user) => emulator.driver.addUser(user));

  console.log(`Slack emulator on ${emulator.url}  (UI: ${emulator.url}/)`);
  console.log(`  Web API:      ${emulator.apiUrl}   (SLACK_API_URL for the app)`);
  console.log(`  bot token:    ${process.env.SLACK_BOT_TOKEN ? "from SLACK_BOT_TOKEN" : botToken}`);
  console.log(`  signing:      ${process.env.SLACK_SIGNING_SECRET ? "from SLACK_SIGNING_SECRET" : signingSecret}`);
  console.log(`  delivering to ${emulator.deliverTo() ?? "nowhere: set SLACK_EMULATOR_DELIVER_TO or POST /_emulator/deliver-to"}`);
  console.log(`  users:        ${users.map((user) => `${user.real_name} <${user.profile.email ?? "no email"}> ${user.id}`).join(", ")}`);

  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
