import { chatPortFor } from "./index";
import type { ChatPerson } from "./port";

/** Fills in provider ids from the provider's directory; the built-in channel finds everyone as they are. */
export async function findChatPeople<P extends ChatPerson>(provider: string, people: P[]): Promise<P[]> {
  const port = chatPortFor(provider);
  if (!port.findPeople || people.length === 0) return people;
  const found = await port.findPeople(people);
  return people.map((person, index) => ({ ...person, slackId: found[index]?.slackId ?? person.slackId ?? null }));
}

/** Whether this provider can bring the person into the channel (local check, safe inside a transaction). */
export function canInviteWith(provider: string): (person: ChatPerson) => boolean {
  const port = chatPortFor(provider);
  return (person) => port.canInvite?.(person) ?? true;
}
