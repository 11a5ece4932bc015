/**
 * The nesting check that keeps deep JSON from the parser: it counts arrays and
 * objects, not brackets inside strings (escaped quotes included).
 */
import assert from 'node:assert/strict';
import { nestedDeeperThan } from '../../src/server/read-body';

describe('nestedDeeperThan', () => {
  const cases: [string, number, boolean][] = [
    ['{"a":[1,{"b":2}]}', 3, false],
    ['{"a":[1,{"b":[2]}]}', 3, true],
    ['{"text":"[[[[[[{{{{"}', 1, false],
    ['{"text":"a \\" [[[[ \\\\"}', 1, false],
    ['{"text":"\\\\"}', 1, false],
    ['[[]] [[]]', 2, false],
  ];
  for (const [json, max, deeper] of cases) {
    it(`${json} ${deeper ? 'is' : 'is not'} nested deeper than ${max}`, () => {
      assert.equal(nestedDeeperThan(json, max), deeper);
    });
  }
});
