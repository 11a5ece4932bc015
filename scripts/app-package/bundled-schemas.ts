/**
 * The Teams manifest JSON schemas bundled in npm @microsoft/app-manifest, so
 * the package is validated offline against exactly the version it declares.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TeamsManifestV1D22 } from '@microsoft/app-manifest';
import { compileValidator, type JsonSchema, type Validator } from './json-schema-validator';

/** 1.22: generally available, typed by the package, and accepted by Teams upload and Developer Portal. */
export const manifestVersion = '1.22';

export type TeamsManifest = TeamsManifestV1D22.TeamsManifestV1D22;

export const schemaFiles = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
} as const;

export type SchemaKind = keyof typeof schemaFiles;

const schemaFolder = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
  `v${manifestVersion}`,
);

export function bundledSchemaPath(kind: SchemaKind): string {
  return path.join(schemaFolder, schemaFiles[kind]);
}

/** The published URL of the same schema: what a manifest file names in `$schema`. */
export function publishedSchemaUrl(kind: SchemaKind): string {
  return `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifestVersion}/${schemaFiles[kind]}`;
}

const compiled = new Map<SchemaKind, Validator>();

/** Compiled once per kind: the manifest schema takes ~100 ms to compile. */
export function bundledValidator(kind: SchemaKind): Validator {
  let validate = compiled.get(kind);
  if (validate === undefined) {
    const schema = JSON.parse(fs.readFileSync(bundledSchemaPath(kind), 'utf8')) as JsonSchema;
    validate = compileValidator(schema, schemaFiles[kind]);
    compiled.set(kind, validate);
  }
  return validate;
}
