import { RETRO_CATEGORIES, RETRO_CATEGORY_LABELS, audienceLabel, compareAudiences } from "@/lib/drill-model/hot-wash";
import type { ReportPlan, ReportRetro, ReportRetroItem } from "@/lib/review/report/types";
import { ActionTable } from "./report-plan";
import { Quote } from "./report-record";
import { Nothing, ReportSection, SubHeading, UserText } from "./report-parts";

function RetroItem({ item, timeZone }: { item: ReportRetroItem; timeZone: string }) {
  return (
    <li data-testid="report-retro-item" className="flex flex-col gap-1">
      <UserText text={item.text} className="font-medium" />
      {item.detail && <UserText text={item.detail} className="text-zinc-400" />}
      {item.evidence.length > 0 && (
        <div className="flex flex-col gap-1 border-l-2 border-zinc-800 pl-2 text-xs">
          {item.evidence.map((quote) => (
            <Quote key={quote.seq} quote={quote} timeZone={timeZone} />
          ))}
        </div>
      )}
    </li>
  );
}

const slug = (audience: string) => audience.replace(/[^\p{L}\p{N}]+/gu, "-").toLowerCase();

/** One audience's part: printed on its own page, so each team can be handed its own. */
function AudiencePart({ audience, retro, plan, timeZone, draftsNote }: { audience: string; retro: ReportRetro; plan: ReportPlan | undefined; timeZone: string; draftsNote: string | null }) {
  const label = audienceLabel(audience);
  const items = retro.items.filter((item) => item.audience === audience);
  const actions = plan?.items.filter((item) => item.audience === audience) ?? [];
  return (
    <div className="print:break-before-page">
      <ReportSection id={`retro-${slug(audience)}`} title={`Retrospective: ${label}`} aside={draftsNote ?? undefined}>
        {RETRO_CATEGORIES.map((category) => {
          const inCategory = items.filter((item) => item.category === category);
          if (inCategory.length === 0) return null;
          return (
            <div key={category} className="flex flex-col gap-1.5">
              <SubHeading>{RETRO_CATEGORY_LABELS[category]}</SubHeading>
              <ul aria-label={`${RETRO_CATEGORY_LABELS[category]} for ${label}`} className="flex flex-col gap-2">
                {inCategory.map((item) => (
                  <RetroItem key={item.id} item={item} timeZone={timeZone} />
                ))}
              </ul>
            </div>
          );
        })}
        {actions.length > 0 && (
          <div className="flex flex-col gap-1.5">
            <SubHeading>Action items for {label}</SubHeading>
            <ActionTable items={actions} label={`Action items for ${label}`} timeZone={timeZone} full={false} />
          </div>
        )}
      </ReportSection>
    </div>
  );
}

const draftsText = (count: number) => `${count} draft${count === 1 ? " was" : "s were"} left out`;

/** The retrospective by audience: everyone, the facilitating team, then each team, with the action items addressed to each. */
export function ReportRetroSection({ retro, plan, timeZone }: { retro: ReportRetro; plan: ReportPlan | undefined; timeZone: string }) {
  const audiences = [...new Set([...retro.items.map((item) => item.audience), ...(plan?.items.map((item) => item.audience) ?? [])])].sort(compareAudiences);
  const draftsNote = retro.draftsLeftOut > 0 ? draftsText(retro.draftsLeftOut) : null;
  if (audiences.length === 0)
    return (
      <ReportSection id="retro" title="Retrospective" aside={draftsNote ?? undefined}>
        <Nothing>Nothing was kept for the retrospective.</Nothing>
      </ReportSection>
    );
  return (
    <>
      {audiences.map((audience, index) => (
        <AudiencePart key={audience} audience={audience} retro={retro} plan={plan} timeZone={timeZone} draftsNote={index === 0 ? draftsNote : null} />
      ))}
    </>
  );
}
