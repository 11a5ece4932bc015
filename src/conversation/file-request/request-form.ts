/**
 * The "File support request" form: which questions it asks, and
 * reading the submitted form back with zod into facts and profile answers,
 * with every problem named in the user's language.
 */
import { z } from 'zod';
import { assess, describeQuestion, factOptions, optionValue, optionsOf, type Question } from '../../domain/assess';
import type { Facts, Profile } from '../../domain/facts';
import { serviceRequestNumberSchema } from '../../domain/requests/support-request';
import { t, type Language } from '../../i18n';
import { requestTextLimits } from './message-text';

/** Answers that let the walk below go on past a question (R3 would stop at "not checked"). */
const provisional: Partial<Record<Question['key'], string>> = { serviceHealth: 'not-listed' };

/**
 * The questions the assessment needs on the way to an answer. Facts read from
 * the message are only guesses, so they are asked too (pre-selected); each
 * question is answered provisionally — the guess, else a default — to
 * discover the next. A different answer can lead elsewhere: submitting then
 * asks for what is still missing.
 */
export function formQuestions(guessed: Facts, profile: Profile): Question[] {
  const questions: Question[] = [];
  let known: { facts: Facts; profile: Profile } = { facts: {}, profile: { ...profile } };
  for (let i = 0; i < 20; i++) {
    const next = assess(known.facts, known.profile).nextQuestion;
    if (next === undefined || questions.some((q) => q.key === next.key)) break;
    questions.push(next);
    const guess = next.kind === 'fact' ? guessed[next.key] : undefined;
    const value = guess ?? optionValue(next.key, [provisional[next.key] ?? optionsOf(next)[0]!]);
    known = withAnswer(known, next, value);
  }
  return questions;
}

function withAnswer(known: { facts: Facts; profile: Profile }, question: Question, value: unknown) {
  return question.kind === 'fact'
    ? { ...known, facts: { ...known.facts, [question.key]: value } }
    : { ...known, profile: { ...known.profile, [question.key]: value } };
}

export function questionOf(key: string): Question | undefined {
  if (key in factOptions) return { kind: 'fact', key } as Question;
  return [
    'cspModel',
    'role',
    'azureAccessGranted',
    'mpnLevel',
    'cloudCompetency',
    'benefitsActivated',
    'paidPlans',
  ].includes(key)
    ? ({ kind: 'profile', key } as Question)
    : undefined;
}

const text = (max: number) => z.string().trim().max(max).optional().default('');

export const requestFormSchema = z
  .object({
    fileRequest: z.literal('submit'),
    title: text(2_000),
    description: text(20_000),
    srNumber: text(200),
    /** The questions this form asked, so an unanswered one can be named. */
    asked: z.string().max(1_000).optional().default(''),
  })
  .catchall(z.unknown());

export interface RequestFormAnswers {
  readonly title: string;
  readonly description: string;
  readonly serviceRequestNumber?: string;
  readonly facts: Facts;
  readonly profile: Profile;
}

export type RequestFormResult =
  | { readonly ok: RequestFormAnswers }
  | { readonly problems: string[]; readonly facts: Facts; readonly profile: Profile };

/** Reads the submitted form; `facts`/`profile` start from what the request already knew. */
export function readRequestForm(
  data: unknown,
  start: { facts: Facts; profile: Profile },
  language: Language,
): RequestFormResult {
  const parsed = requestFormSchema.safeParse(data);
  if (!parsed.success)
    return { problems: [t(language, 'form.required', { field: t(language, 'form.title') })], ...start };
  const form = parsed.data;
  const problems: string[] = [];
  let known = { facts: { ...start.facts }, profile: { ...start.profile } };

  const titleField = t(language, 'form.title');
  if (form.title === '') problems.push(t(language, 'form.required', { field: titleField }));
  if (form.title.length > requestTextLimits.maxTitle)
    problems.push(t(language, 'form.tooLong', { field: titleField, max: requestTextLimits.maxTitle }));
  if (form.description.length > requestTextLimits.maxDescription) {
    problems.push(
      t(language, 'form.tooLong', { field: t(language, 'form.description'), max: requestTextLimits.maxDescription }),
    );
  }
  const number = form.srNumber === '' ? undefined : serviceRequestNumberSchema.safeParse(form.srNumber);
  if (number !== undefined && !number.success)
    problems.push(t(language, 'form.badNumber', { field: t(language, 'form.srNumber') }));

  for (const key of form.asked.split(',').filter((k) => k !== '')) {
    const question = questionOf(key);
    if (question === undefined) continue;
    const raw = form[key];
    const prompt = describeQuestion(question, language).prompt;
    const ids =
      typeof raw === 'string'
        ? raw
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== '')
        : [];
    // An unanswered question is not an error by itself: the assessment says whether it still matters.
    if (ids.length === 0) continue;
    if (!ids.every((id) => optionsOf(question).includes(id))) {
      problems.push(t(language, 'form.invalidChoice', { field: prompt }));
    } else {
      known = withAnswer(known, question, optionValue(question.key, ids));
    }
  }
  if (problems.length > 0) return { problems, ...known };
  return {
    ok: {
      title: form.title,
      description: form.description,
      ...(number?.success ? { serviceRequestNumber: number.data } : {}),
      ...known,
    },
  };
}
