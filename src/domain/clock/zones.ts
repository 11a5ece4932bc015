/**
 * Time zones as people name them (R24): a city or common name in English or
 * Korean (Seoul, 서울, KST, New York, London) resolves to its IANA zone, and
 * every time the bot shows carries the zone's short name (KST, EDT), never
 * the raw id. Zones not in the short list still work by their IANA id; their
 * short name is the UTC offset ("GMT+5:30").
 */
import { DateTime } from 'luxon';
import type { Language } from '../facts';
import { wordForm } from '../text-tools/normalise';
import { localize, type Localized } from '../texts/define-texts';
import { isIanaZone } from './time-zone';

export interface KnownZone {
  readonly id: string;
  readonly name: Localized;
  /** Standard time's short name, then summer time's where the zone has one. */
  readonly abbreviations: readonly [string, string?];
  /** Other words people type for it (lower case), besides the names and abbreviations. */
  readonly aliases: readonly string[];
}

/** The short list the profile offers. China's CST is shown but typing "CST" means Chicago, the later entry. */
export const knownZones: readonly KnownZone[] = [
  {
    id: 'Asia/Seoul',
    name: { en: 'Seoul', ko: '서울' },
    abbreviations: ['KST'],
    aliases: ['korea', 'south korea', '한국', '대한민국', 'busan', '부산', '한국 표준시'],
  },
  {
    id: 'Asia/Tokyo',
    name: { en: 'Tokyo', ko: '도쿄' },
    abbreviations: ['JST'],
    aliases: ['japan', '일본', 'osaka', '오사카', '동경'],
  },
  {
    id: 'Asia/Shanghai',
    name: { en: 'Beijing', ko: '베이징' },
    abbreviations: ['CST'],
    aliases: ['china', '중국', 'shanghai', '상하이', '북경'],
  },
  { id: 'Asia/Hong_Kong', name: { en: 'Hong Kong', ko: '홍콩' }, abbreviations: ['HKT'], aliases: [] },
  { id: 'Asia/Singapore', name: { en: 'Singapore', ko: '싱가포르' }, abbreviations: ['SGT'], aliases: ['싱가폴'] },
  {
    id: 'Asia/Kolkata',
    name: { en: 'India', ko: '인도' },
    abbreviations: ['IST'],
    aliases: ['mumbai', '뭄바이', 'delhi', 'new delhi', '델리', 'bangalore', 'bengaluru', 'kolkata', 'calcutta'],
  },
  {
    id: 'Australia/Sydney',
    name: { en: 'Sydney', ko: '시드니' },
    abbreviations: ['AEST', 'AEDT'],
    aliases: ['melbourne', '멜버른', 'canberra'],
  },
  {
    id: 'Europe/London',
    name: { en: 'London', ko: '런던' },
    abbreviations: ['GMT', 'BST'],
    aliases: ['uk', 'united kingdom', '영국', 'dublin'],
  },
  {
    id: 'Europe/Berlin',
    name: { en: 'Berlin', ko: '베를린' },
    abbreviations: ['CET', 'CEST'],
    aliases: [
      'germany',
      '독일',
      'paris',
      '파리',
      'france',
      '프랑스',
      'amsterdam',
      'madrid',
      'rome',
      'frankfurt',
      'munich',
    ],
  },
  {
    id: 'America/New_York',
    name: { en: 'New York', ko: '뉴욕' },
    abbreviations: ['EST', 'EDT'],
    aliases: ['eastern', 'us eastern', 'et', 'boston', 'washington', 'toronto', '미국 동부'],
  },
  {
    id: 'America/Chicago',
    name: { en: 'Chicago', ko: '시카고' },
    abbreviations: ['CST', 'CDT'],
    aliases: ['central', 'us central', 'ct', 'dallas', 'houston'],
  },
  {
    id: 'America/Denver',
    name: { en: 'Denver', ko: '덴버' },
    abbreviations: ['MST', 'MDT'],
    aliases: ['mountain', 'us mountain', 'mt'],
  },
  {
    id: 'America/Los_Angeles',
    name: { en: 'Los Angeles', ko: '로스앤젤레스' },
    abbreviations: ['PST', 'PDT'],
    aliases: [
      'pacific',
      'us pacific',
      'pt',
      'la',
      'seattle',
      '시애틀',
      'redmond',
      '레드먼드',
      'san francisco',
      '샌프란시스코',
      '엘에이',
      '미국 서부',
    ],
  },
  {
    id: 'UTC',
    name: { en: 'UTC', ko: 'UTC' },
    abbreviations: ['UTC'],
    aliases: ['gmt+0', 'utc+0', 'z', 'zulu', '협정 세계시'],
  },
];

const byId = new Map(knownZones.map((zone) => [zone.id, zone]));

const byWord = new Map<string, string>(
  knownZones.flatMap((zone) =>
    [
      zone.name.en,
      zone.name.ko,
      ...zone.abbreviations.filter((a): a is string => a !== undefined),
      ...zone.aliases,
    ].map((word) => [wordForm(word), zone.id] as const),
  ),
);

/**
 * The IANA zone a person means: a name from the short list (either
 * language), its abbreviation, an alias, or an IANA id itself (any case);
 * undefined when nothing matches.
 */
export function resolveTimeZone(input: string): string | undefined {
  // "Seoul (KST)" is how the profile shows a zone, so it reads back too.
  const word = wordForm(input).replace(/\s*\([^)]*\)$/u, '');
  if (word === '') return undefined;
  const known = byWord.get(word) ?? byWord.get(word.replace(/\s*(?:time|시간|표준시|시)$/u, ''));
  if (known !== undefined) return known;
  const id = word.replace(/\s+/g, '_');
  if (isIanaZone(id)) return canonicalCase(id);
  return undefined;
}

/** luxon accepts "asia/seoul"; the stored id keeps IANA's own spelling. */
function canonicalCase(id: string): string {
  const listed = knownZones.find((zone) => zone.id.toLowerCase() === id.toLowerCase());
  return (
    listed?.id ??
    id
      .split('/')
      .map((part) => part.replace(/(^|_)([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()))
      .join('/')
  );
}

/** The short name of `zone` at `at` (KST, EDT, BST), or its UTC offset ("GMT+5:30") when it has none in the list. */
export function zoneAbbreviation(zone: string, at: Date): string {
  const local = DateTime.fromJSDate(at, { zone });
  const known = byId.get(zone);
  if (known !== undefined) return (local.isInDST ? known.abbreviations[1] : undefined) ?? known.abbreviations[0];
  return local.setLocale('en-GB').toFormat('ZZZZ');
}

/** "Seoul (KST)" / "서울 (KST)": how the profile shows a zone; an unlisted zone shows its id. */
export function zoneLabel(zone: string, language: Language, at: Date): string {
  const known = byId.get(zone);
  const abbreviation = zoneAbbreviation(zone, at);
  if (known === undefined) return `${zone} (${abbreviation})`;
  const name = localize(known.name, language);
  return name === abbreviation ? abbreviation : `${name} (${abbreviation})`;
}
