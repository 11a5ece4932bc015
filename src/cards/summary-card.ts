/**
 * The answer of a triage as a card (cards/summary.json): the decision in one
 * line, severity, initial response and vehicle, numbered filing steps with
 * links, caveats, the R3 preview with its one-click continuation, a collapsed
 * "Why?" with the rules and source articles, and the answers to change.
 */
import { describeAssessment, type Assessment, type Decision, type Question } from '../domain/assess';
import type { Facts } from '../domain/facts';
import { t, type Language } from '../i18n';
import { literal } from './literal-text';
import { answerLabel, changeTitle, type CheckAt, factLabel } from './question-card';
import { renderCard, type AdaptiveCardJson } from './render-card';

export interface SummaryCardInput {
  readonly assessment: Assessment;
  readonly facts: Facts;
  readonly language: Language;
  readonly askedBy: string;
  /** R21 R24: "2 hours, around the clock — by Mon 16 Mar, 12:27 KST", when the answer has a target. */
  readonly due?: string | undefined;
  /** The check and step the card shows (its buttons carry them). */
  readonly at: CheckAt;
  /** Once "I've filed it" created the request: the card links to it instead of offering to file. */
  readonly tracked?: TrackedRequest;
}

export interface TrackedRequest {
  readonly requestId: string;
  readonly title: string;
  /** The request's own deadline as its card shows it. */
  readonly deadline?: string | undefined;
}

/** Container styles that make the decision readable at a glance. */
const headlineStyles: Record<Decision, string> = {
  escalate: 'attention',
  'check-service-health': 'warning',
  'known-incident': 'warning',
  'resolve-yourself': 'good',
  'contact-isv': 'accent',
  'needs-paid-plan': 'warning',
};

export function summaryCard({
  assessment,
  facts,
  language,
  askedBy,
  due,
  at,
  tracked,
}: SummaryCardInput): AdaptiveCardJson {
  const text = describeAssessment(assessment, language);
  const keyFacts = (described: typeof text, deadline?: string) =>
    [
      [t(language, 'summary.severity'), described.severity],
      [t(language, 'summary.responseTarget'), deadline ?? described.responseTarget],
      [t(language, 'summary.vehicle'), described.vehicle],
    ]
      .filter((pair): pair is [string, string] => pair[1] !== undefined)
      .map(([title, value]) => ({ title, value }));
  // R22: the English-only / business-hours note belongs next to the response target.
  const responseNote = text.caveats
    .filter((c) => c.rule === 'R22')
    .map((c) => c.text)
    .join(' ');
  const preview = text.preview;

  return renderCard('summary', {
    askedBy,
    check: at.check,
    step: at.step,
    ...(tracked === undefined
      ? {}
      : {
          tracked: {
            text:
              tracked.deadline === undefined
                ? t(language, 'summary.tracked', { title: literal(tracked.title) })
                : t(language, 'summary.trackedDue', { title: literal(tracked.title), deadline: tracked.deadline }),
            requestId: tracked.requestId,
            openTitle: t(language, 'summary.openRequest'),
          },
        }),
    headline: text.headline,
    headlineStyle: assessment.decision === undefined ? 'emphasis' : headlineStyles[assessment.decision],
    facts: keyFacts(text, due),
    responseNote,
    stepsTitle: t(language, 'summary.steps'),
    steps: text.steps.map((step, i) => ({ number: i + 1, text: step.text, link: step.link ?? '' })),
    openTitle: t(language, 'summary.openLink'),
    caveatsTitle: t(language, 'summary.caveats'),
    caveats: text.caveats.filter((c) => c.rule !== 'R22'),
    hasPreview: preview !== undefined,
    previewTitle: t(language, 'summary.healthPreview'),
    previewHeadline: preview?.headline ?? '',
    previewFacts: preview === undefined ? [] : keyFacts(preview),
    healthNothingTitle: t(language, 'summary.healthNothing'),
    healthListedTitle: t(language, 'summary.healthListed'),
    whyTitle: t(language, 'summary.why'),
    rulesTitle: t(language, 'summary.rules'),
    why: text.why.map((line) => ({ text: line })),
    sourceTitle: t(language, 'summary.source'),
    sources: text.sources,
    answersTitle: t(language, 'summary.yourAnswers'),
    answers: (Object.entries(facts) as [keyof Facts, unknown][])
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => {
        const question: Question = { kind: 'fact', key };
        const label = factLabel(language, key);
        return { key, label, value: answerLabel(language, question, value), changeTitle: changeTitle(language, label) };
      }),
    canFile: assessment.decision === 'escalate',
    filedTitle: t(language, 'summary.filed'),
    srLabel: t(language, 'summary.srNumber'),
    srPlaceholder: t(language, 'summary.srPlaceholder'),
    saveTitle: t(language, 'summary.save'),
    changeAnswersTitle: t(language, 'summary.changeAnswers'),
    startOverTitle: t(language, 'triage.startOver'),
  });
}
