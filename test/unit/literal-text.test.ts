import assert from 'node:assert/strict';
import { literal } from '../../src/cards/literal-text';

describe('literal text on cards', () => {
  const cases: [string, string][] = [
    ['**bold** and _it_', '\\*\\*bold\\*\\* and \\_it\\_'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['<b>html</b>', '\\<b\\>html\\</b\\>'],
    ['- a list\n1. numbered', '\\- a list\n1\\. numbered'],
    ['${$root.secret} stays', '${$root.secret} stays'],
    ['고객사 VM 다운 🚨 مرحبا', '고객사 VM 다운 🚨 مرحبا'],
    ['C:\\path', 'C:\\\\path'],
  ];
  for (const [input, expected] of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => assert.equal(literal(input), expected));
  }
});
