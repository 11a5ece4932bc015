/**
 * The "File support request" task-module form (cards/request-form.json):
 * title and description from the message, one choice set per question the
 * assessment needs (pre-selected where the reader guessed), and the problems
 * of the last submit.
 */
import { describeQuestion, optionIds, type Question } from '../domain/assess';
import type { Facts, Profile } from '../domain/facts';
import { t, type Language } from '../i18n';
import type { SourceMessage } from './card-data';
import { renderCard, type AdaptiveCardJson } from './render-card';

export type { SourceMessage } from './card-data';

export interface RequestFormInput {
  readonly language: Language;
  readonly title: string;
  readonly description: string;
  readonly serviceRequestNumber?: string;
  readonly questions: readonly Question[];
  readonly facts: Facts;
  readonly profile: Profile;
  readonly problems: readonly string[];
  readonly source: SourceMessage;
  /** Names this filing: submitting the form again (a double click, a retry) files nothing new. */
  readonly formId: string;
}

export function requestFormCard(input: RequestFormInput): AdaptiveCardJson {
  const { language } = input;
  return renderCard('request-form', {
    heading: t(language, 'form.heading'),
    problemsTitle: t(language, 'form.problems'),
    problems: input.problems.map((text) => ({ text })),
    intro: t(language, 'form.intro'),
    titleLabel: t(language, 'form.title'),
    titleRequired: t(language, 'form.required', { field: t(language, 'form.title') }),
    title: input.title,
    descriptionLabel: t(language, 'form.description'),
    description: input.description,
    questions: input.questions.map((question) => {
      const text = describeQuestion(question, language);
      const known = question.kind === 'fact' ? input.facts[question.key] : input.profile[question.key];
      return {
        id: question.key,
        label: text.prompt,
        value: optionIds(known).join(','),
        multiple: text.multiple,
        choices: text.options.map((o) => ({ id: o.id, title: o.label })),
      };
    }),
    srLabel: t(language, 'form.srNumber'),
    srNumber: input.serviceRequestNumber ?? '',
    submitTitle: t(language, 'form.submit'),
    asked: input.questions.map((q) => q.key).join(','),
    source: input.source,
    formId: input.formId,
  });
}
