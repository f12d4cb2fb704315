/** Slack user ids as Slack issues them; anything else is never put inside `<@…>`. */
export function isSlackUserId(id: string | null | undefined): id is string {
  return typeof id === "string" && /^[UW][A-Z0-9]{2,}$/.test(id);
}
