/**
 * The partner profile (rulebook §2) as the profile card shows it, and the
 * edit form's submitted values read back into a Profile with zod.
 */
import { z } from 'zod';
import type { ProfileCardField } from '../cards/profile-card';
import { profileOptions, type Question } from '../domain/assess';
import { resolveTimeZone } from '../domain/clock';
import { languageSchema, type Profile, profileSchema } from '../domain/facts';

type ProfileField = keyof typeof profileOptions | 'supportLanguage';

/** The profile fields in the order the card shows them. */
const profileFields: readonly ProfileField[] = [
  'cspModel',
  'role',
  'azureAccessGranted',
  'mpnLevel',
  'cloudCompetency',
  'benefitsActivated',
  'paidPlans',
  'supportLanguage',
];

/** supportLanguage shares its options and labels with the fact question "language". */
function questionOfField(field: ProfileField): Question {
  return field === 'supportLanguage' ? { kind: 'fact', key: 'language' } : { kind: 'profile', key: field };
}

/** What the profile card shows and edits, in its order (the time zone aside). */
export const profileCardFields: readonly ProfileCardField[] = profileFields.map((key) => ({
  key,
  question: questionOfField(key),
}));

const choice = (ids: readonly string[]) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.enum(ids as [string, ...string[]]).optional());
const yesNo = choice(['yes', 'no']).transform((v) => (v === undefined ? undefined : v === 'yes'));

export const profileFormSchema = z.object({
  cspModel: choice(profileOptions.cspModel).optional(),
  role: choice(profileOptions.role).optional(),
  azureAccessGranted: yesNo.optional(),
  mpnLevel: choice(profileOptions.mpnLevel).optional(),
  cloudCompetency: yesNo.optional(),
  benefitsActivated: yesNo.optional(),
  paidPlans: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.split(',').map((p) => p.trim())))
    .pipe(z.array(z.enum(profileOptions.paidPlans)).optional())
    .transform((plans) => plans?.filter((p) => p !== 'none')),
  supportLanguage: choice(languageSchema.options).optional(),
  /** R24: a city or common name in English or Korean (Seoul, 서울, KST, New York), or an IANA id; stored as the IANA id. */
  timeZone: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const zone = resolveTimeZone(v);
      if (zone === undefined) ctx.addIssue({ code: 'custom', message: 'timeZone' });
      return zone;
    }),
});

/** The profile from the submitted form, or the first problem in words. */
export function readProfileForm(value: unknown): { profile: Profile } | { problem: string } | { unknownZone: string } {
  const parsed = profileFormSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.message === 'timeZone')
      return {
        unknownZone: String((value as { timeZone?: unknown }).timeZone)
          .trim()
          .slice(0, 64),
      };
    return {
      problem:
        issue.path.length > 0 && !issue.message.includes(':')
          ? `${issue.path.join('.')}: ${issue.message}`
          : issue.message,
    };
  }
  const profile = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  return { profile: profileSchema.parse(profile) };
}
