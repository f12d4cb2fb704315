import type { SurveyQuestionResult, SurveyResults } from "../../../survey/results";
import type { Block } from "./blocks";
import { oneLine } from "./format";

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function scaleBlocks(question: SurveyQuestionResult, minimumShown: number): Block[] {
  if (!question.shown || !question.distribution)
    return [{ kind: "paragraph", text: `Hidden until ${minimumShown} answers (${question.answered} so far): fewer would tell who gave which score.` }];
  const scale = question.low && question.high ? ` · 1 = ${question.low}, 5 = ${question.high}` : "";
  return [
    { kind: "chart", chart: { kind: "distribution", title: "Answers by score", counts: question.distribution, low: question.low, high: question.high } },
    { kind: "paragraph", text: `Average ${question.average?.toFixed(1) ?? "—"} of 5 · ${plural(question.answered, "answer")}${scale}` },
  ];
}

function commentItem(comment: SurveyQuestionResult["comments"][number]): string {
  return `${comment.by ?? "Anonymous"}${comment.score == null ? "" : ` (${comment.score})`}: ${comment.text}`;
}

function questionBlocks(question: SurveyQuestionResult, minimumShown: number, level: 3 | 4): Block[] {
  const hiddenText = question.kind === "text" && !question.shown && question.answered > 0;
  return [
    { kind: "heading", level, text: oneLine(question.prompt) },
    ...(question.kind === "scale" ? scaleBlocks(question, minimumShown) : []),
    ...(hiddenText ? [{ kind: "paragraph", text: `Anonymous answers are hidden until ${minimumShown} answers (${question.answered} so far).` } as const] : []),
    ...(question.comments.length
      ? [{ kind: "list", items: question.comments.map(commentItem) } as const]
      : question.kind === "text" && !hiddenText
        ? [{ kind: "paragraph", text: "No answer." } as const]
        : []),
  ];
}

/** The survey: how many answered, then each question with its distribution (scales) and its comments, named or "Anonymous". */
export function surveyBlocks(survey: SurveyResults, level: 2 | 3): Block[] {
  const heading: Block = { kind: "heading", level, text: "Survey" };
  if (survey.answers === 0) return [heading, { kind: "paragraph", text: "No answers: nobody answered the survey." }];
  return [
    heading,
    { kind: "paragraph", text: `${plural(survey.answers, "answer")}, ${survey.anonymous} of them anonymous.` },
    ...survey.questions.flatMap((question) => questionBlocks(question, survey.minimumShown, (level + 1) as 3 | 4)),
  ];
}
