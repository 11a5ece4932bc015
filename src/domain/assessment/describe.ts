/**
 * Renders an assessment in the reader's language: every key through the
 * typed dictionaries, every source as its Microsoft Learn address.
 */
import type { Language } from '../facts';
import type { ResponseTarget } from '../severity';
import { sources as articles, sourceUrl } from '../sources';
import { message, texts } from '../texts';
import { fillText, localize } from '../texts/define-texts';
import { caveats as notes } from './caveats';
import { multipleChoice, optionsOf, type Question, type QuestionKey } from './questions';
import { inRulebookOrder } from './rules';
import type { Assessment, Caveat, Line, Param, RuleId } from './types';

export interface LineText {
  readonly text: string;
  readonly link?: string;
}

export interface QuestionText {
  readonly question: Question;
  readonly prompt: string;
  /** One button per option, in order; `id` goes back through optionValue. */
  readonly options: readonly { readonly id: string; readonly label: string }[];
  readonly multiple: boolean;
}

export interface AssessmentText {
  readonly headline: string;
  readonly severity?: string;
  readonly responseTarget?: string;
  readonly vehicle?: string;
  readonly steps: readonly LineText[];
  /** Each caveat names its rule, so R22's note can stand beside the response target. */
  readonly caveats: readonly (LineText & { readonly rule: RuleId })[];
  /** One line per rule behind the answer, for a "Why?" section. */
  readonly why: readonly string[];
  readonly sources: readonly { readonly title: string; readonly url: string }[];
  readonly nextQuestion?: QuestionText;
  readonly preview?: AssessmentText;
}

export function describeAssessment(assessment: Assessment, language: Language): AssessmentText {
  const caveats = withLocaleCaveat(assessment, language);
  const rules = inRulebookOrder([...assessment.rules, ...caveats.map((c) => c.rule)]);
  return {
    headline: message(
      language,
      assessment.decision === undefined ? 'decision.pending' : `decision.${assessment.decision}`,
    ),
    severity: assessment.severity === undefined ? undefined : message(language, `severity.${assessment.severity}`),
    responseTarget:
      assessment.responseTarget === undefined ? undefined : describeTarget(assessment.responseTarget, language),
    vehicle: assessment.vehicle === undefined ? undefined : message(language, `vehicle.${assessment.vehicle}`),
    steps: assessment.steps.map((step) => describeLine(step, language)),
    caveats: caveats.map((caveat) => ({ ...describeLine(caveat, language), rule: caveat.rule })),
    why: rules.map((rule) => message(language, `rule.${rule}`)),
    sources: assessment.sources.map((id) => ({
      title: localize(articles[id].title, language),
      url: sourceUrl(id, language),
    })),
    nextQuestion:
      assessment.nextQuestion === undefined ? undefined : describeQuestion(assessment.nextQuestion, language),
    preview: assessment.preview === undefined ? undefined : describeAssessment(assessment.preview, language),
  };
}

export function describeQuestion(question: Question, language: Language): QuestionText {
  const entry = texts[language].questions[question.key] as {
    readonly prompt: string;
    readonly options: Readonly<Record<string, string>>;
  };
  return {
    question,
    prompt: fillText(entry.prompt),
    options: optionsOf(question).map((id) => ({ id, label: fillText(entry.options[id] as string) })),
    multiple: multipleChoice.has(question.key as QuestionKey),
  };
}

/** R22: a reader whose locale is not English is always told the targets are English-only. */
function withLocaleCaveat(assessment: Assessment, language: Language): readonly Caveat[] {
  const shown = assessment.caveats.some((caveat) => caveat.key === notes.englishOnlyTargets.key);
  if (language === 'en' || assessment.responseTarget === undefined || shown) return assessment.caveats;
  return [...assessment.caveats, notes.englishOnlyTargets];
}

function describeTarget(target: ResponseTarget, language: Language): string {
  return target.kind === 'hours'
    ? message(language, 'target.hours', { hours: target.hours })
    : message(language, 'target.business-days', { days: target.days });
}

export function describeLine(line: Line, language: Language): LineText {
  const params = Object.fromEntries(
    Object.entries(line.params ?? {}).map(([name, value]) => [name, describeParam(value, language)]),
  );
  const text = message(language, line.key, params);
  return line.link === undefined ? { text } : { text, link: line.link };
}

const describeParam = (value: Param, language: Language): string | number =>
  typeof value === 'object' ? message(language, value.text) : value;
