/**
 * Every text the assessment produces exists in English and Korean, and the
 * Korean is Korean (apart from the product and button names the ko-KR
 * documents themselves keep in English).
 */
import assert from 'node:assert/strict';
import { factOptions, profileOptions, type QuestionKey } from '../../src/domain/assess';
import { message, texts } from '../../src/domain/texts';
import { enMessages, type MessageKey } from '../../src/domain/texts/en';

const hangul = /[\uAC00-\uD7A3]/;

/** Names the Korean documents leave in English: product, workload and portal names. */
const keptInEnglish: ReadonlySet<string> = new Set([
  'name.azure-portal',
  'name.workload-azure',
  'name.workload-office',
  'product.azure',
  'product.m365',
  'product.dynamics365',
  'mpnLevel.action-pack',
]);

/** `{name}`, and `{name, plural, …}` (English plurals). */
const parameters = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1] ?? '').sort();
const messageKeys = Object.keys(enMessages) as MessageKey[];
const allOptions: Readonly<Record<string, readonly string[]>> = { ...factOptions, ...profileOptions };
const questionKeys = Object.keys(allOptions) as QuestionKey[];

describe('assessment texts (en, ko)', () => {
  it(`every message (${messageKeys.length}) is non-empty in both languages, and Korean where it should be`, () => {
    for (const key of messageKeys) {
      const [en, ko] = [texts.en.messages[key], texts.ko.messages[key]];
      assert.ok(en.trim().length > 0, `en ${key}`);
      assert.ok(ko.trim().length > 0, `ko ${key}`);
      if (keptInEnglish.has(key)) assert.equal(ko.replace('Portal', 'portal'), en, key);
      else assert.match(ko, hangul, `ko ${key} is Korean`);
    }
  });

  it('every message takes the same parameters in both languages', () => {
    for (const key of messageKeys) {
      assert.deepEqual(parameters(texts.ko.messages[key]), parameters(texts.en.messages[key]), key);
    }
  });

  it('every question has a prompt and a label per option, in both languages', () => {
    for (const key of questionKeys) {
      const options = allOptions[key] ?? [];
      for (const language of ['en', 'ko'] as const) {
        const entry = texts[language].questions[key] as { prompt: string; options: Record<string, string> };
        assert.ok(entry.prompt.trim().length > 0, `${language} ${key}`);
        assert.deepEqual(Object.keys(entry.options).sort(), [...options].sort(), `${language} ${key} options`);
        for (const id of options) {
          const label = entry.options[id] ?? '';
          assert.ok(label.trim().length > 0, `${language} ${key}.${id}`);
          if (language === 'ko' && !keptInEnglish.has(`${key}.${id}`)) assert.match(label, hangul, `ko ${key}.${id}`);
        }
      }
      assert.match(texts.ko.questions[key].prompt, hangul, `ko ${key} prompt`);
    }
  });

  it('fills parameters and leaves unknown ones visible', () => {
    assert.equal(message('en', 'target.hours', { hours: 4 }), 'Within 4 hours');
    assert.equal(message('ko', 'target.business-days', { days: 1 }), '영업일 기준 1일 이내');
    assert.equal(message('en', 'target.hours'), 'Within {hours} hours');
  });

  it('uses the official Korean terms of the ko-KR documents', () => {
    const ko = Object.values(texts.ko.messages).join('\n');
    const terms = ['파트너 센터', '서비스 요청', '고객 요청', '새 요청', '새 지원 요청', '기본 사항', '지원 계획'];
    terms.push('클라우드 솔루션 공급자', '연락처', '만들기', '지원 요청 관리', '심각한 영향');
    for (const term of terms) assert.ok(ko.includes(term), term);
  });
});
