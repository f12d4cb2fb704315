import { RichText } from "./rich-text";

/** The root cause and the model answer's steps: what staff keep hidden, and what participants see once revealed. */
export function AnswerText({ rootCause, modelAnswer, headingClass, textClass }: { rootCause: string; modelAnswer: readonly string[]; headingClass: string; textClass: string }) {
  return (
    <>
      <h3 className={`mt-2 text-xs font-semibold uppercase ${headingClass}`}>Root cause</h3>
      <RichText text={rootCause} className={`mt-0.5 ${textClass}`} />
      <h3 className={`mt-3 text-xs font-semibold uppercase ${headingClass}`}>Model answer</h3>
      <ol className={`mt-0.5 list-decimal space-y-1 pl-5 ${textClass}`}>
        {modelAnswer.map((step, index) => (
          <li key={index} className="min-w-0">
            <RichText text={step} className={textClass} />
          </li>
        ))}
      </ol>
    </>
  );
}
