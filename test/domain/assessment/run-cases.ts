/**
 * Runs a table of cases: the decision fields, the rules, the keys, and the
 * documents' terms in the rendered English and Korean text.
 */
import assert from 'node:assert/strict';
import { assess, keysOf, rendered, type Case } from './fixtures';

export function runCases(cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const assessment = assess(c.facts, c.profile);
      for (const [field, value] of Object.entries(c.expect)) {
        assert.deepEqual(assessment[field as keyof typeof c.expect], value, `${field}`);
      }
      // Complete unless the case says which question is still open (R3 asks service health again).
      assert.deepEqual(assessment.nextQuestion, c.expect.nextQuestion, 'next question');
      for (const rule of c.rules ?? []) assert.ok(assessment.rules.includes(rule), `rule ${rule}`);
      const keys = keysOf(assessment);
      for (const key of c.keys ?? []) assert.ok(keys.includes(key), `has ${key}`);
      for (const key of c.absentKeys ?? []) assert.ok(!keys.includes(key), `has no ${key}`);
      const en = rendered(assessment, 'en');
      for (const term of c.en) assert.ok(en.includes(term), `en text has "${term}"\n${en}`);
      const ko = rendered(assessment, 'ko');
      for (const term of c.ko) assert.ok(ko.includes(term), `ko text has "${term}"\n${ko}`);
    });
  }
}
