const TS = /^(\d+)\.(\d{1,6})$/;

/**
 * The moment a Slack ts ("seconds.micros") names: a mirrored event happened then, however late it is
 * handled (a retry from the inbox, a queue on the drill's lock). Never later than `now`, since
 * Slack's clock and ours differ a little; `now` for a missing or malformed ts.
 */
export function slackTime(ts: string | undefined, now = new Date()): Date {
  const match = ts ? TS.exec(ts) : null;
  if (!match) return now;
  const ms = Number(match[1]) * 1000 + Math.floor(Number(match[2]!.padEnd(6, "0")) / 1000);
  return ms < now.getTime() ? new Date(ms) : now;
}
