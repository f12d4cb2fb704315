import { PARTICIPANT_KEY_HEADER } from "./schemas";

/** The key a request presents, if any (blank counts as none). */
export function participantKeyOf(request: Request): string | null {
  return request.headers.get(PARTICIPANT_KEY_HEADER)?.trim() || null;
}
