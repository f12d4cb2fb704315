import type { SurveyQuestionResult, SurveyResults } from "@/lib/survey/results";
import { ScoreDistribution } from "@/components/survey/score-distribution";
import { Nothing, ReportSection, SubHeading, UserText } from "./report-parts";

function Comments({ question }: { question: SurveyQuestionResult }) {
  if (question.comments.length === 0) return question.kind === "text" && (question.shown || question.answered === 0) ? <Nothing>No answer.</Nothing> : null;
  return (
    <ul aria-label={`Comments on: ${question.prompt}`} className="flex flex-col gap-1.5">
      {question.comments.map((comment, index) => (
        <li key={index} data-testid="report-survey-comment" className="flex flex-col gap-0.5 border-l-2 border-zinc-800 pl-2">
          <span className="text-xs text-zinc-400">
            <span className="font-medium text-zinc-300">{comment.by ?? "Anonymous"}</span>
            {comment.score !== null && <span className="tabular-nums"> · gave {comment.score}</span>}
          </span>
          <UserText text={comment.text} />
        </li>
      ))}
    </ul>
  );
}

function Question({ question, minimumShown }: { question: SurveyQuestionResult; minimumShown: number }) {
  const hiddenText = question.kind === "text" && !question.shown && question.answered > 0;
  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0">
      <SubHeading>{question.prompt}</SubHeading>
      <ScoreDistribution result={question} minimumShown={minimumShown} />
      {hiddenText && (
        <p className="text-xs text-zinc-500">
          Anonymous answers are hidden until {minimumShown} answers ({question.answered} so far).
        </p>
      )}
      <Comments question={question} />
    </li>
  );
}

/** The survey's results: each scale as its distribution, comments by question, named ones by name and the others as "Anonymous". */
export function ReportSurvey({ survey }: { survey: SurveyResults }) {
  return (
    <ReportSection id="survey" title="Survey" aside={survey.answers ? `${survey.answers} answer${survey.answers === 1 ? "" : "s"}, ${survey.anonymous} anonymous` : undefined}>
      {survey.answers === 0 ? (
        <Nothing>No answers: nobody answered the survey.</Nothing>
      ) : (
        <ol className="flex flex-col divide-y divide-zinc-800/70">
          {survey.questions.map((question) => (
            <Question key={question.id} question={question} minimumShown={survey.minimumShown} />
          ))}
        </ol>
      )}
    </ReportSection>
  );
}
