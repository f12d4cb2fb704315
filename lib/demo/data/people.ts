import type { RosterPersonInput } from "../../drills/roster/schemas";
import type { LiveStep, PersonKey } from "../story";

/** The demo's people: the same few across drills, so analytics can follow them (by roster email) from drill to drill. */
const PEOPLE: Record<PersonKey, RosterPersonInput> = {
  hana: { name: "Hana Lee", role: "facilitator" },
  jun: { name: "Jun Park", role: "observer" },
  sora: { name: "Sora Jang", role: "incident_commander", email: "sora.jang@demo.drillroom" },
  mina: { name: "Mina Kim", role: "active_responder", team: "Match", email: "mina.kim@demo.drillroom" },
  tae: { name: "Tae Oh", role: "active_responder", team: "API", email: "tae.oh@demo.drillroom" },
  daniel: { name: "Daniel Cho", role: "escalation_responder", team: "Match", email: "daniel.cho@demo.drillroom" },
  yuna: { name: "Yuna Seo", role: "escalation_responder", team: "API", email: "yuna.seo@demo.drillroom" },
};

export function rosterOf(...keys: PersonKey[]): (RosterPersonInput & { key: PersonKey })[] {
  return keys.map((key) => ({ key, ...PEOPLE[key]! }));
}

export const say = (at: number, who: PersonKey, text: string, as?: string): LiveStep => ({ at, do: "say", who, text, ...(as ? { as } : {}) });
