/**
 * Every figure a user reads comes from the support policy (src/domain/policy.ts):
 * no user-facing text, in either language, writes a response target,
 * incident count or business hour itself; it names the policy's parameter
 * (`{hoursA}`, `{signatureGold}`…) instead. So a changed target (R21) or
 * allowance (R14, R17) is a one-line edit that no card can miss.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exampleQuestionList } from '../../src/domain/answers/example-questions';
import { answerLinks } from '../../src/domain/answers/links';
import { topics } from '../../src/domain/answers/topics';
import { knownZones } from '../../src/domain/clock/zones';
import { policyParams, supportPolicy, type SupportPolicy } from '../../src/domain/policy';
import { rulebook } from '../../src/domain/rulebook';
import { responseTarget } from '../../src/domain/severity';
import { sources } from '../../src/domain/sources';
import * as clockTexts from '../../src/domain/texts/clock-texts';
import { fillText, type Localized } from '../../src/domain/texts/define-texts';
import { en as assessmentEn } from '../../src/domain/texts/en';
import { ko as assessmentKo } from '../../src/domain/texts/ko';
import { en as botEn } from '../../src/i18n/en';
import { ko as botKo } from '../../src/i18n/ko';
import * as reminderTexts from '../../src/i18n/reminder-texts';
import * as requestLabels from '../../src/i18n/request-labels';
import * as requestTexts from '../../src/i18n/request-texts';
import { repoRoot } from '../../src/repo-paths';

interface UserText {
  readonly where: string;
  readonly text: string;
}

const dictionary = (where: string, texts: Readonly<Record<string, string>>): UserText[] =>
  Object.entries(texts).map(([key, text]) => ({ where: `${where} ${key}`, text }));

const pair = (
  where: string,
  pairOf: { readonly en: Readonly<Record<string, string>>; readonly ko: Readonly<Record<string, string>> },
) => [...dictionary(`${where} en`, pairOf.en), ...dictionary(`${where} ko`, pairOf.ko)];

const localized = (where: string, text: Localized): UserText[] => [
  { where: `${where} en`, text: text.en },
  { where: `${where} ko`, text: text.ko },
];

const questionTexts = (where: string, questions: typeof assessmentEn.questions): UserText[] =>
  Object.entries(questions).flatMap(([key, question]) => [
    { where: `${where} ${key}`, text: question.prompt },
    ...dictionary(`${where} ${key}`, question.options as Readonly<Record<string, string>>),
  ]);

/** Every user-facing text, as written (before its parameters are filled in). */
const userTexts: readonly UserText[] = [
  ...pair('src/i18n (t)', { en: botEn, ko: botKo }),
  ...pair('src/i18n/request-texts', requestTexts),
  ...pair('src/i18n/reminder-texts', reminderTexts),
  ...pair('src/i18n/request-labels', requestLabels),
  ...pair('src/domain/texts/clock-texts', clockTexts),
  ...pair('src/domain/texts messages', { en: assessmentEn.messages, ko: assessmentKo.messages }),
  ...questionTexts('src/domain/texts en', assessmentEn.questions),
  ...questionTexts('src/domain/texts ko', assessmentKo.questions),
  ...topics.flatMap((topic) => [
    ...localized(`topic ${topic.id} title`, topic.title),
    ...localized(`topic ${topic.id} body`, topic.body),
  ]),
  ...Object.entries(rulebook).flatMap(([id, rule]) => localized(`rulebook ${id}`, rule.title)),
  ...Object.entries(answerLinks).flatMap(([id, link]) => localized(`link ${id}`, link.title)),
  ...Object.entries(sources).flatMap(([id, source]) => localized(`source ${id}`, source.title)),
  ...exampleQuestionList.flatMap((example) => localized(`example ${example.topic}`, example.text)),
  ...knownZones.flatMap((zone) => localized(`zone ${zone.id}`, zone.name)),
];

/** The modules above that call defineTexts: a new dictionary must join the list. */
const coveredDictionaryModules = [
  'src/domain/texts/clock-texts.ts',
  'src/domain/texts/index.ts',
  'src/i18n/index.ts',
  'src/i18n/reminder-texts.ts',
  'src/i18n/request-labels.ts',
  'src/i18n/request-texts.ts',
];

/** A response target, business day, incident count, pack size or business hour written as a number. */
const figurePatterns: readonly RegExp[] = [
  /\d\s*-?\s*(?:h|hours?|business days?|business hours?|incidents?|pack)\b/i,
  /\b(?:severity [abc]|silver|gold|action pack)\s*[:,]?\s*\d/i,
  /\d\s*(?:시간|영업일|일|건|팩)/,
  /(?:심각도 [ABC]|실버|골드)\s*[:,]?\s*\d/,
  /\b\d{1,2}:\d{2}\b/,
];

/**
 * Numbers that are not policy figures: product names, the snooze lengths the
 * reminder buttons offer, and "24시간" for "around the clock".
 */
const notFigures = /\b(?:Dynamics|Office|Microsoft) 365\b|\bWindows 10\b|Snooze 1 h|1시간 후 다시 알림|24시간/g;

function literalFigures(text: string): string[] {
  const checked = text.replace(notFigures, '');
  return figurePatterns.flatMap((pattern) => checked.match(pattern) ?? []);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

describe('policy figures: every user-facing text takes them from src/domain/policy.ts (R14, R17, R21, R24)', () => {
  it('the check finds a figure written as a literal, in English and Korean, and passes a parameter', () => {
    for (const literal of [
      'Initial response: 2 hours.',
      'up to 1 business day',
      'Severity A 2, B 4',
      'Silver 5, Gold 10 incidents',
      'the Signature 10-pack',
      'Mon–Fri 09:00–18:00',
      '최초 응답 2시간',
      '영업일 기준 최대 1일',
      '기타 역량: 실버 5건, 골드 10건',
      '시그니처 10팩',
    ])
      assert.notDeepEqual(literalFigures(literal), [], literal);
    for (const parameter of ['Initial response: {hoursA} hours.', '실버 {signatureSilver}건', 'Dynamics 365 incidents'])
      assert.deepEqual(literalFigures(parameter), [], parameter);
  });

  it(`no user-facing text (${userTexts.length}, both languages) writes a policy figure as a literal`, () => {
    const offenders = userTexts.flatMap(({ where, text }) =>
      literalFigures(text).map((figure) => `${where}: "${figure}" in "${text}"`),
    );
    assert.deepEqual(offenders, []);
  });

  it('every module that defines a dictionary is among those checked', () => {
    const definers = sourceFiles(join(repoRoot, 'src'))
      .filter((file) => /defineTexts(<[^>]*>)?\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(repoRoot, file).split('\\').join('/'))
      .filter((file) => file !== 'src/domain/texts/define-texts.ts')
      .sort();
    assert.deepEqual(definers, coveredDictionaryModules);
  });

  it('R21: the texts that state a target show the policy figure, and a changed policy changes them all', () => {
    const severityA = (policy: SupportPolicy) =>
      userTexts
        .filter(({ text }) => /\{hoursA[},]/.test(text))
        .map(({ where, text }) => ({ where, text: fillText(text, {}, policy) }));
    const withA = (hours: number): SupportPolicy => ({
      ...supportPolicy,
      responseHours: { ...supportPolicy.responseHours, A: hours },
    });
    const before = severityA(withA(2));
    const after = severityA(withA(1));
    // Both languages: the answer topics, the R22 note and the R21 raise guidance.
    assert.ok(before.length >= 8, `${before.length} texts state Severity A's target`);
    before.forEach((text, i) => assert.notEqual(after[i]?.text, text.text, text.where));
    assert.ok(before.some(({ text }) => text.includes('심각도 A 2시간')));
    assert.ok(after.some(({ text }) => text.includes('심각도 A 1시간')));
    assert.ok(before.some(({ text }) => text.includes('Initial response: 2 hours.')));
    assert.ok(after.some(({ text }) => text.includes('Initial response: 1 hour.')));
    assert.deepEqual(responseTarget('A'), { kind: 'hours', hours: supportPolicy.responseHours.A });
    assert.equal(policyParams(withA(1)).hoursA, 1);
  });
});
