/**
 * The partner profile card (cards/profile.json): what is remembered, and a
 * form to edit it.
 */
import { type ProfileField, profileFields, questionOfField } from '../conversation/profile-form';
import { describeQuestion, optionIds } from '../domain/assess';
import { zoneLabel } from '../domain/clock';
import type { Profile } from '../domain/facts';
import { t, type Language } from '../i18n';
import { answerLabel, factLabel } from './question-card';
import { renderCard, type AdaptiveCardJson } from './render-card';

/** R12: whether the indirect provider granted Azure access only matters to an indirect reseller. */
function applies(field: ProfileField, profile: Profile): boolean {
  return field !== 'azureAccessGranted' || profile.cspModel === 'indirect-reseller';
}

/** `supportLanguageUsed`: R22, the support language of the user's last tracked request, when there is one. */
export function profileCard(
  profile: Profile,
  language: Language,
  now: Date,
  supportLanguageUsed?: Language,
): AdaptiveCardJson {
  const shown = (value: unknown, label: () => string) => (value === undefined ? t(language, 'profile.empty') : label());
  return renderCard('profile', {
    title: t(language, 'profile.title'),
    intro: t(language, 'profile.intro'),
    facts: [
      ...profileFields
        .filter((field) => applies(field, profile))
        .map((field) => ({
          title: factLabel(language, field),
          value: shown(profile[field], () => answerLabel(language, questionOfField(field), profile[field])),
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
              value: answerLabel(language, questionOfField('supportLanguage'), supportLanguageUsed),
            },
          ]),
    ],
    editTitle: t(language, 'profile.edit'),
    fields: profileFields.map((field) => {
      const question = describeQuestion(questionOfField(field), language);
      return {
        id: field,
        label: factLabel(language, field),
        value: optionIds(profile[field]).join(','),
        multiple: question.multiple,
        choices: question.options.map((o) => ({ id: o.id, title: o.label })),
      };
    }),
    timeZoneLabel: factLabel(language, 'timeZone'),
    timeZoneHint: t(language, 'profile.timeZoneHint'),
    timeZone: profile.timeZone === undefined ? '' : zoneLabel(profile.timeZone, language, now),
    saveTitle: t(language, 'profile.save'),
    startTriage: t(language, 'welcome.startTriage'),
  });
}
