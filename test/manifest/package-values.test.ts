import assert from 'node:assert/strict';
import type { TeamsManifest } from '../../scripts/app-package/bundled-schemas';
import { botDomainProblem, packageValues } from '../../scripts/app-package/package-values';
import { fillPlaceholders } from '../../scripts/app-package/placeholders';
import { localizablePaths, valueAtPath } from '../../scripts/app-package/translation-check';
import { loadConfig } from '../../src/config';

describe('manifest template values', () => {
  it('fills ${{NAME}} in every nested string, leaving other values alone', () => {
    const { document, unknown } = fillPlaceholders(
      { id: '${{ID}}', list: ['https://${{HOST}}/x', 3, true, null], nested: { both: '${{ID}}@${{HOST}}' } },
      { ID: 'abc', HOST: 'example.com' },
    );
    assert.deepEqual(document, {
      id: 'abc',
      list: ['https://example.com/x', 3, true, null],
      nested: { both: 'abc@example.com' },
    });
    assert.deepEqual(unknown, []);
  });

  it('reports each placeholder without a value once and leaves it in place', () => {
    const { document, unknown } = fillPlaceholders({ a: '${{MISSING}}', b: ['${{MISSING}}', '${{OTHER}}'] }, {});
    assert.deepEqual(unknown, ['MISSING', 'OTHER']);
    assert.equal(document.a, '${{MISSING}}');
  });

  for (const domain of ['localhost', 'advisor.contoso.com', 'abc123-3978.asse.devtunnels.ms']) {
    it(`accepts BOT_DOMAIN ${domain}`, () => assert.equal(botDomainProblem(domain), undefined));
  }
  for (const domain of [
    'https://advisor.contoso.com',
    'advisor.contoso.com/api/messages',
    'localhost:3978',
    '-bad.example',
  ]) {
    it(`rejects BOT_DOMAIN ${domain}, naming it`, () =>
      assert.match(botDomainProblem(domain) ?? '', /^BOT_DOMAIN must be a bare host name/));
  }

  it('uses MicrosoftAppId as the bot id when set, without warnings', () => {
    const config = loadConfig({
      TEAMS_APP_ID: '0b6e1c9a-3f2d-4e8b-9c7a-5d4f3e2b1a09',
      MicrosoftAppId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      MicrosoftAppPassword: 'x',
      BOT_DOMAIN: 'advisor.contoso.com',
    });
    assert.deepEqual(packageValues(config, '2.3.4'), {
      values: {
        TEAMS_APP_ID: '0b6e1c9a-3f2d-4e8b-9c7a-5d4f3e2b1a09',
        BOT_ID: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        BOT_DOMAIN: 'advisor.contoso.com',
        APP_VERSION: '2.3.4',
      },
      warnings: [],
      problems: [],
    });
  });

  it('warns about localhost, which Teams cannot call', () => {
    const { warnings } = packageValues(loadConfig({}), '1.0.0');
    assert.ok(
      warnings.some((w) => w.startsWith('BOT_DOMAIN is localhost')),
      warnings.join('\n'),
    );
  });
});

describe('localisation keys', () => {
  const manifest = {
    name: { short: 'A' },
    description: { short: 'B', full: 'C' },
    bots: [
      {
        botId: 'x',
        scopes: ['personal'],
        commandLists: [{ scopes: ['personal'], commands: [{ title: 'help', description: 'Help.' }] }],
      },
    ],
    composeExtensions: [{ botId: 'x', commands: [{ id: 'c', title: 'Do it' }] }],
  } as unknown as TeamsManifest;

  it('lists the strings a user reads, skipping optional ones the manifest leaves out', () => {
    assert.deepEqual(localizablePaths(manifest), [
      'name.short',
      'description.short',
      'description.full',
      'bots[0].commandLists[0].commands[0].title',
      'bots[0].commandLists[0].commands[0].description',
      'composeExtensions[0].commands[0].title',
    ]);
  });

  it('resolves a key to its manifest value, or undefined', () => {
    assert.equal(valueAtPath(manifest, 'bots[0].commandLists[0].commands[0].title'), 'help');
    assert.equal(valueAtPath(manifest, 'bots[0].commandLists[1].commands[0].title'), undefined);
    assert.equal(valueAtPath(manifest, 'name.full'), undefined);
  });
});
