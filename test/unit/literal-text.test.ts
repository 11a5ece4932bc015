import assert from 'node:assert/strict';
import { literal, teamsMessageLink } from '../../src/cards/literal-text';

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

describe('Teams message links on cards', () => {
  const accepted = [
    'https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1700000000001?tenantId=t&groupId=g',
    'https://teams.cloud.microsoft/l/message/19:abc@thread.v2/1700000000001',
    'https://dod.teams.microsoft.us/l/message/19:abc@thread.tacv2/1',
  ];
  const refused = [
    'https://evil.example/l/message/19:abc/1',
    'https://teams.microsoft.com.evil.example/l/message/1',
    'https://teams.microsoft.com@evil.example/l/message/1',
    'http://teams.microsoft.com/l/message/1',
    'https://teams.microsoft.com/l/meetup-join/1',
    'https://teams.microsoft.com:8443/l/message/1',
    'javascript:alert(1)',
    'not a link',
    '',
  ];
  for (const link of accepted) it(`accepts ${link}`, () => assert.equal(teamsMessageLink(link), link));
  for (const link of refused)
    it(`refuses ${JSON.stringify(link)}`, () => assert.equal(teamsMessageLink(link), undefined));
});
