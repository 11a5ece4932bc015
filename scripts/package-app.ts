/**
 * `npm run package`: fills manifest/manifest.json from the environment,
 * validates it and its localisation files offline against the schemas bundled
 * in @microsoft/app-manifest, checks the icons, and writes
 * build/appPackage/ and build/escalation-advisor.zip for upload to Teams.
 */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { ConfigError, loadPackageConfig } from '../src/config';
import { AppPackageError } from './app-package/app-package-error';
import {
  bundledValidator,
  publishedSchemaUrl,
  type SchemaKind,
  type TeamsManifest,
} from './app-package/bundled-schemas';
import { iconProblems, type IconRole } from './app-package/icon-check';
import { packageValues } from './app-package/package-values';
import { fillPlaceholders } from './app-package/placeholders';
import { translationProblems } from './app-package/translation-check';
import { buildDir, manifestDir, repoRoot } from './repo-paths';

export { AppPackageError } from './app-package/app-package-error';

export const zipFileName = 'escalation-advisor.zip';

export interface BuildOptions {
  /** Read through src/config.ts: TEAMS_APP_ID, MicrosoftAppId, BOT_DOMAIN (no secret). */
  readonly env?: NodeJS.ProcessEnv;
  /** Holds manifest.json (the template), its localisation files and icons. */
  readonly manifestDir?: string;
  /** Receives appPackage/ and the zip. */
  readonly outDir?: string;
  /** The manifest `version`; defaults to package.json's. */
  readonly appVersion?: string;
}

export interface AppPackage {
  readonly zipPath: string;
  readonly folder: string;
  readonly manifest: TeamsManifest;
  /** File names inside the zip, manifest.json first. */
  readonly files: readonly string[];
  readonly warnings: readonly string[];
}

/** Builds and writes the package; throws AppPackageError listing every problem, or ConfigError. */
export function buildAppPackage(options: BuildOptions = {}): AppPackage {
  const sourceDir = options.manifestDir ?? manifestDir;
  const outDir = options.outDir ?? buildDir;
  const { values, warnings, problems } = packageValues(
    loadPackageConfig(options.env ?? process.env),
    options.appVersion ?? projectVersion(),
  );
  const source = new SourceFolder(sourceDir, values);

  const manifest = source.json<TeamsManifest>('manifest.json', 'manifest');
  if (manifest === undefined || source.problems.length > 0 || problems.length > 0) {
    throw new AppPackageError([...problems, ...source.problems]);
  }

  const contents = new Map<string, Buffer>([['manifest.json', jsonBytes(manifest)]]);
  for (const { languageTag, file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const translation = source.json<Record<string, unknown>>(file, 'localization', `localizationInfo ${languageTag}`);
    if (translation === undefined) continue;
    source.problems.push(...translationProblems(manifest, translation, file));
    contents.set(file, jsonBytes(translation));
  }
  for (const [role, file] of iconFiles(manifest)) {
    const bytes = source.bytes(file, `icons.${role}`);
    if (bytes === undefined) continue;
    source.problems.push(...iconProblems(file, role, bytes));
    contents.set(file, bytes);
  }
  source.problems.push(...botIdProblems(manifest));
  if (source.problems.length > 0) throw new AppPackageError(source.problems);

  return { ...writePackage(outDir, contents), manifest, warnings };
}

/** Reads the template folder, collecting problems instead of stopping at the first. */
class SourceFolder {
  readonly problems: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly values: Readonly<Record<string, string>>,
  ) {}

  /** Parsed, placeholders filled, `$schema` checked and schema-validated; undefined when unreadable. */
  json<T>(file: string, kind: SchemaKind, referencedBy?: string): T | undefined {
    const bytes = this.bytes(file, referencedBy);
    if (bytes === undefined) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      this.problems.push(`${file} is not valid JSON: ${(error as Error).message}`);
      return undefined;
    }
    const { document, unknown } = fillPlaceholders(parsed, this.values);
    this.problems.push(...unknown.map((name) => `${file} uses the placeholder \${{${name}}}, which has no value`));
    const declared = (document as { $schema?: unknown }).$schema;
    if (declared !== publishedSchemaUrl(kind)) {
      this.problems.push(
        `${file} must name "$schema": "${publishedSchemaUrl(kind)}", the bundled schema it is validated against`,
      );
    }
    this.problems.push(...bundledValidator(kind)(document).map((problem) => `${file} ${problem}`));
    return document as T;
  }

  bytes(file: string, referencedBy?: string): Buffer | undefined {
    const via = referencedBy === undefined ? '' : ` (named by manifest.json ${referencedBy})`;
    // Teams reads every file from the zip's root.
    if (path.basename(file) !== file) {
      this.problems.push(`${file}${via} must be a plain file name at the package root`);
      return undefined;
    }
    const full = path.join(this.dir, file);
    if (!fs.existsSync(full)) {
      this.problems.push(`${file}${via} is missing from ${this.dir}`);
      return undefined;
    }
    return fs.readFileSync(full);
  }
}

function iconFiles(manifest: TeamsManifest): [IconRole, string][] {
  return [
    ['color', manifest.icons.color],
    ['outline', manifest.icons.outline],
  ];
}

/** The message extension is served by the same bot (R9's "File support request" entry point). */
function botIdProblems(manifest: TeamsManifest): string[] {
  const botId = manifest.bots?.[0]?.botId;
  return (manifest.composeExtensions ?? [])
    .filter((extension) => extension.botId !== botId)
    .map(
      (extension) => `composeExtensions botId ${String(extension.botId)} differs from bots[0].botId ${String(botId)}`,
    );
}

function writePackage(
  outDir: string,
  contents: ReadonlyMap<string, Buffer>,
): Pick<AppPackage, 'zipPath' | 'folder' | 'files'> {
  const folder = path.join(outDir, 'appPackage');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const zip = new AdmZip();
  for (const [file, bytes] of contents) {
    fs.writeFileSync(path.join(folder, file), bytes);
    zip.addFile(file, bytes);
  }
  const zipPath = path.join(outDir, zipFileName);
  zip.writeZip(zipPath);
  return { zipPath, folder, files: [...contents.keys()] };
}

function jsonBytes(document: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
}

function projectVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The CLI: returns the exit code so tests can run it without spawning a process. */
export function main(
  env: NodeJS.ProcessEnv = process.env,
  options: BuildOptions = {},
  out: Pick<Console, 'log' | 'error'> = console,
): number {
  try {
    const built = buildAppPackage({ ...options, env });
    for (const warning of built.warnings) out.error(`warning: ${warning}`);
    out.log(`Teams app package written: ${path.relative(process.cwd(), built.zipPath)} (${built.files.join(', ')})`);
    return 0;
  } catch (error) {
    if (error instanceof AppPackageError || error instanceof ConfigError) {
      out.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) process.exitCode = main();
