import { createHash, randomBytes } from "node:crypto";

/** `drt_` marks drillroom tokens, so secret scanners and people can tell what a leaked string is. */
export const TOKEN_MARK = "drt_";

export function newTokenSecret(): { token: string; prefix: string; hash: string } {
  const token = `${TOKEN_MARK}${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, TOKEN_MARK.length + 6), hash: hashTokenSecret(token) };
}

/** Tokens are 256 random bits, so a fast hash is enough: nothing to brute-force, and lookups stay one indexed read. */
export function hashTokenSecret(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
