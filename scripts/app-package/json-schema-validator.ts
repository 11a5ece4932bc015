/**
 * Compiles a JSON schema with the ajv class matching its `$schema` dialect and
 * turns ajv's errors into one readable line each.
 *
 * The Teams schemas declare draft-04, which ajv 8 has no class for. Draft-04
 * differs from draft-07 only in `id` (now `$id`) and boolean
 * `exclusiveMinimum`/`exclusiveMaximum`; a schema using neither means the same
 * under the draft-07 class, so we check for those two and refuse otherwise.
 */
import Ajv, { type ErrorObject, type Options } from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';

export type JsonSchema = Record<string, unknown>;

/** Problems found in a document, one line each; empty when it is valid. */
export type Validator = (document: unknown) => string[];

const ajvOptions: Options = {
  allErrors: true,
  // The Teams schemas put siblings next to $ref and use keywords ajv's strict mode flags.
  strict: false,
  // ajv 8 ships no draft-04 meta-schema to check the schema itself against.
  validateSchema: false,
  // The localisation schema has patterns like `\b]\.description$` (a bare `]`), invalid with the `u` flag.
  unicodeRegExp: false,
};

const dialects: readonly { readonly pattern: RegExp; readonly create: () => Ajv }[] = [
  { pattern: /json-schema\.org\/draft-0[467]\/schema/, create: () => new Ajv(ajvOptions) },
  { pattern: /json-schema\.org\/draft\/2019-09\/schema/, create: () => new Ajv2019(ajvOptions) },
  { pattern: /json-schema\.org\/draft\/2020-12\/schema/, create: () => new Ajv2020(ajvOptions) },
];

export function compileValidator(schema: JsonSchema, label: string): Validator {
  const dialect = typeof schema.$schema === 'string' ? schema.$schema : '';
  const dialectMatch = dialects.find((d) => d.pattern.test(dialect));
  if (dialectMatch === undefined) throw new Error(`${label}: unsupported JSON Schema dialect "${dialect}"`);
  if (dialect.includes('draft-04')) {
    const clash = draft04OnlyKeyword(schema);
    if (clash !== undefined)
      throw new Error(`${label}: uses draft-04-only "${clash}", which ajv 8 would read differently`);
  }
  const ajv = dialectMatch.create();
  ajv.addFormat('uri', isAbsoluteUri);
  const validate = ajv.compile(schema);
  return (document) => (validate(document) ? [] : (validate.errors ?? []).map((e) => describeError(e)));
}

function isAbsoluteUri(text: string): boolean {
  try {
    return new URL(text).protocol.length > 1;
  } catch {
    return false;
  }
}

/** The first draft-04 keyword whose meaning changed after draft-04, if any. */
function draft04OnlyKeyword(node: unknown): string | undefined {
  if (Array.isArray(node)) return node.map(draft04OnlyKeyword).find((k) => k !== undefined);
  if (typeof node !== 'object' || node === null) return undefined;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') return key;
    if (key === 'id' && typeof value === 'string') return key;
    const nested = draft04OnlyKeyword(value);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

/** `/bots/0/commandLists/1` → `bots[0].commandLists[1]`, the notation localisation keys use. */
export function dottedPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc === '' ? part : `${acc}.${part}`), '');
}

function describeError(error: ErrorObject): string {
  const where = dottedPath(error.instancePath);
  const prefix = where === '' ? '(root)' : where;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${prefix}: missing required property "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `${prefix}: unknown property "${String(params.additionalProperty)}"`;
    case 'enum':
      return `${prefix}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${prefix}: ${error.message ?? error.keyword}`;
  }
}
