import assert from 'node:assert/strict';
import { compileValidator, dottedPath } from '../../scripts/app-package/json-schema-validator';

const draft04 = 'http://json-schema.org/draft-04/schema#';

describe('JSON schema validation (offline, ajv 8)', () => {
  it('writes instance paths the way localisation keys do', () => {
    assert.equal(dottedPath(''), '');
    assert.equal(dottedPath('/bots/0/commandLists/2/commands/3/title'), 'bots[0].commandLists[2].commands[3].title');
    assert.equal(dottedPath('/name.short'), 'name.short');
    assert.equal(dottedPath('/a~1b/c~0d'), 'a/b.c~d');
  });

  it('describes missing, unknown, enum, pattern and format problems in one line each', () => {
    const validate = compileValidator(
      {
        $schema: draft04,
        type: 'object',
        additionalProperties: false,
        required: ['id'],
        properties: {
          id: { type: 'string' },
          scopes: { type: 'array', items: { enum: ['team', 'personal'] } },
          color: { type: 'string', pattern: '^#[0-9a-f]{6}$' },
          site: { type: 'string', format: 'uri' },
        },
      },
      'test schema',
    );
    assert.deepEqual(validate({ id: 'x', scopes: ['team'], color: '#00ff00', site: 'https://example.com/' }), []);
    assert.deepEqual(validate({ scopes: ['everyone'], color: 'green', site: 'not a uri', extra: 1 }), [
      '(root): missing required property "id"',
      '(root): unknown property "extra"',
      'scopes[0]: must be one of "team", "personal"',
      'color: must match pattern "^#[0-9a-f]{6}$"',
      'site: must match format "uri"',
    ]);
  });

  it('refuses a draft-04 schema using keywords whose meaning changed after draft-04', () => {
    assert.throws(
      () => compileValidator({ $schema: draft04, type: 'number', minimum: 0, exclusiveMinimum: true }, 'old schema'),
      /old schema: uses draft-04-only "exclusiveMinimum"/,
    );
    assert.throws(
      () => compileValidator({ $schema: draft04, id: 'http://example.com/s', type: 'object' }, 'old schema'),
      /draft-04-only "id"/,
    );
  });

  it('picks the ajv class of a newer dialect (2020-12 prefixItems is enforced)', () => {
    const validate = compileValidator(
      { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', prefixItems: [{ type: 'string' }] },
      '2020 schema',
    );
    assert.deepEqual(validate(['a', 1]), []);
    assert.deepEqual(validate([1]), ['[0]: must be string']);
  });

  it('refuses a dialect it does not know', () => {
    assert.throws(
      () => compileValidator({ $schema: 'http://example.com/my-dialect', type: 'object' }, 'odd schema'),
      /unsupported JSON Schema dialect/,
    );
  });
});
