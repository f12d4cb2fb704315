import type { Db } from "../../db/client";
import { surveyResultsOf } from "../../survey/get-results";
import type { TimelineEventView } from "../../timeline/events";
import { planOf } from "./plan";
import { retroOf } from "./retro";
import type { ReportSections } from "./types";

/** The hot wash's three sections, always all present in a new report (an empty survey still says nobody answered). */
export async function hotWashSections(db: Db, drillId: string, events: readonly TimelineEventView[]): Promise<Required<ReportSections>> {
  // One after another: inside the close's transaction the client runs one query at a time anyway.
  const survey = await surveyResultsOf(db, drillId);
  const retro = await retroOf(db, drillId, events);
  const plan = await planOf(db, { drillId });
  return { survey, retro, plan };
}
