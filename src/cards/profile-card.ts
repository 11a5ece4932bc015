/**
 * The partner profile card (cards/profile.json): what is remembered, and a
 * form to edit it.
 */
import { describeQuestion, optionIds, type Question } from '../domain/assess';
import { zoneLabel } from '../domain/clock';
import type { Profile } from '../domain/facts';
import { t, type Language } from '../i18n';
import { answerLabel, factLabel } from './question-card';
import { renderCard, type AdaptiveCardJson } from './render-card';

/** A field the card shows and edits: its key, and the question whose answers label its value. */
export interface ProfileCardField {
  readonly key: keyof Profile;
  readonly question: Question;
}

/** R12: whether the indirect provider granted Azure access only matters to an indirect reseller. */
function applies(field: keyof Profile, profile: Profile): boolean {
  return field !== 'azureAccessGranted' || profile.cspModel === 'indirect-reseller';
}

/**
 * `fields` in the order shown; the time zone follows them, with its own text box. `supportLanguageUsed`: R22, the
 * support language of the user's last tracked request, when there is one.
 */
export function profileCard(
  profile: Profile,
  fields: readonly ProfileCardField[],
  language: Language,
  now: Date,
  supportLanguageUsed?: Language,
): AdaptiveCardJson {
  const shown = (value: unknown, label: () => string) => (value === undefined ? t(language, 'profile.empty') : label());
  return renderCard('profile', {
    title: t(language, 'profile.title'),
    intro: t(language, 'profile.intro'),
    facts: [
      ...fields
        .filter(({ key }) => applies(key, profile))
        .map(({ key, question }) => ({
          title: factLabel(language, key),
          value: shown(profile[key], () => answerLabel(language, question, profile[key])),
        })),
      {
        title: factLabel(language, 'timeZone'),
        value: shown(profile.timeZone, () => zoneLabel(profile.timeZone!, language, now)),
      },
      ...(supportLanguageUsed === undefined
        ? []
        : [
            {
              title: t(language, 'profile.supportLanguageUsed'),
              value: answerLabel(language, { kind: 'fact', key: 'language' }, supportLanguageUsed),
            },
          ]),
    ],
    editTitle: t(language, 'profile.edit'),
    fields: fields.map(({ key, question }) => {
      const text = describeQuestion(question, language);
      return {
        id: key,
        label: factLabel(language, key),
        value: optionIds(profile[key]).join(','),
        multiple: text.multiple,
        choices: text.options.map((o) => ({ id: o.id, title: o.label })),
      };
    }),
    timeZoneLabel: factLabel(language, 'timeZone'),
    timeZoneHint: t(language, 'profile.timeZoneHint'),
    timeZone: profile.timeZone === undefined ? '' : zoneLabel(profile.timeZone, language, now),
    saveTitle: t(language, 'profile.save'),
    startTriage: t(language, 'welcome.startTriage'),
  });
}
