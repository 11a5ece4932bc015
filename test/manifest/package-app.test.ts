import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { bundledValidator, type TeamsManifest } from '../../scripts/app-package/bundled-schemas';
import { localizablePaths } from '../../scripts/app-package/translation-check';
import { AppPackageError, buildAppPackage, main, type AppPackage, type BuildOptions } from '../../scripts/package-app';
import { manifestDir, repoRoot } from '../../scripts/repo-paths';
import { ConfigError } from '../../src/config';

const teamsAppId = '0b6e1c9a-3f2d-4e8b-9c7a-5d4f3e2b1a09';
const botAppId = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const productionEnv = {
  TEAMS_APP_ID: teamsAppId,
  MicrosoftAppId: botAppId,
  MicrosoftAppPassword: 'not-a-real-secret',
  BOT_DOMAIN: 'advisor.contoso.com',
};
const hangul = /[\uac00-\ud7a3]/;

const tempDirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-package-'));
  tempDirs.push(dir);
  return dir;
}

after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of manifest/ for a test to break. */
function brokenManifestDir(breakIt: (dir: string) => void): string {
  const dir = tempDir();
  fs.cpSync(manifestDir, dir, { recursive: true });
  breakIt(dir);
  return dir;
}

function editJson(dir: string, file: string, edit: (json: Record<string, unknown>) => void): void {
  const full = path.join(dir, file);
  const json = JSON.parse(fs.readFileSync(full, 'utf8')) as Record<string, unknown>;
  edit(json);
  fs.writeFileSync(full, JSON.stringify(json));
}

function captureOutput(): { out: Pick<Console, 'log' | 'error'>; lines: string[] } {
  const lines: string[] = [];
  return { out: { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) }, lines };
}

function failure(options: BuildOptions): AppPackageError {
  try {
    buildAppPackage(options);
  } catch (error) {
    if (error instanceof AppPackageError) return error;
    throw error;
  }
  assert.fail('expected the package build to fail');
}

describe('Teams app package (npm run package)', () => {
  let built: AppPackage;
  let entries: Map<string, Buffer>;
  let manifest: TeamsManifest;
  let korean: Record<string, string>;

  before(() => {
    built = buildAppPackage({ env: productionEnv, outDir: tempDir() });
    entries = new Map(new AdmZip(built.zipPath).getEntries().map((e) => [e.entryName, e.getData()]));
    manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as TeamsManifest;
    korean = JSON.parse(entries.get('ko-KR.json')!.toString('utf8')) as Record<string, string>;
  });

  it('zips the manifest, its localisation file and both icons, all at the root', () => {
    assert.deepEqual([...entries.keys()].sort(), ['color.png', 'ko-KR.json', 'manifest.json', 'outline.png']);
    assert.equal(path.basename(built.zipPath), 'escalation-advisor.zip');
  });

  it('writes the same files unzipped to appPackage/', () => {
    for (const [file, bytes] of entries) assert.ok(fs.readFileSync(path.join(built.folder, file)).equals(bytes), file);
  });

  it('every manifest and localisation JSON in the zip is valid against the bundled 1.22 schemas', () => {
    assert.equal(manifest.manifestVersion, '1.22');
    assert.deepEqual(bundledValidator('manifest')(manifest), []);
    const languageFiles = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
    assert.deepEqual(languageFiles, ['ko-KR.json']);
    for (const file of languageFiles) {
      assert.deepEqual(bundledValidator('localization')(JSON.parse(entries.get(file)!.toString('utf8'))), [], file);
    }
  });

  it('takes the app id, bot id and domain from the environment, leaving no placeholder', () => {
    assert.equal(manifest.id, teamsAppId);
    assert.equal(manifest.bots?.[0]?.botId, botAppId);
    assert.equal(manifest.composeExtensions?.[0]?.botId, botAppId);
    assert.deepEqual(manifest.validDomains, ['advisor.contoso.com']);
    for (const url of [
      manifest.developer.websiteUrl,
      manifest.developer.privacyUrl,
      manifest.developer.termsOfUseUrl,
    ]) {
      assert.match(url, /^https:\/\/advisor\.contoso\.com\//);
    }
    assert.doesNotMatch(entries.get('manifest.json')!.toString('utf8'), /\$\{\{/);
    assert.deepEqual(built.warnings, []);
  });

  it('versions the app with package.json, so a new release is a new app version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.equal(manifest.version, pkg.version);
  });

  it('says what it does for CSP partners in its name and descriptions', () => {
    assert.equal(manifest.name.short, 'Escalation Advisor');
    assert.match(manifest.description.full, /Cloud Solution Provider \(CSP\)/);
    for (const topic of [/escalate to Microsoft/, /severity/, /support vehicle/, /initial response/, /reminders/]) {
      assert.match(manifest.description.full, topic);
    }
    assert.match(manifest.accentColor, /^#[0-9A-F]{6}$/i);
  });

  it('bot: personal, team and group chat, no files, one command list per scope with help, new, status, profile', () => {
    const bot = manifest.bots![0]!;
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.equal(bot.supportsFiles, false);
    for (const scope of ['personal', 'team', 'groupChat'] as const) {
      const lists = (bot.commandLists ?? []).filter((l) => l.scopes.includes(scope));
      assert.equal(lists.length, 1, scope);
      assert.deepEqual(
        lists[0]!.commands.map((c) => c.title),
        ['help', 'new', 'status', 'profile'],
        scope,
      );
      for (const command of lists[0]!.commands) assert.ok(command.description.length > 10, `${scope} ${command.title}`);
    }
  });

  it('message extension: the "File support request" action on a message, the compose box and the command box, fetching its task', () => {
    const extension = manifest.composeExtensions![0]!;
    assert.equal(manifest.composeExtensions!.length, 1);
    const command = extension.commands!.find((c) => c.id === 'fileSupportRequest');
    assert.ok(command);
    assert.equal(command.type, 'action');
    assert.equal(command.title, 'File support request');
    assert.deepEqual([...(command.context ?? [])].sort(), ['commandBox', 'compose', 'message']);
    assert.equal(command.fetchTask, true);
  });

  it('localisation: en-us by default, ko-kr from ko-KR.json translating every user-facing string into Korean', () => {
    assert.equal(manifest.localizationInfo?.defaultLanguageTag, 'en-us');
    assert.deepEqual(manifest.localizationInfo?.additionalLanguages, [{ languageTag: 'ko-kr', file: 'ko-KR.json' }]);
    const paths = localizablePaths(manifest);
    assert.equal(paths.length, 4 + 3 * 4 * 2 + 2);
    for (const key of paths) assert.match(korean[key] ?? '', hangul, key);
    assert.equal(korean['composeExtensions[0].commands[0].title'], '서비스 요청 제출');
    assert.match(korean['description.full']!, /심각도/);
  });

  it('icons: PNG, colour 192×192, outline 32×32 white on transparent', () => {
    const color = PNG.sync.read(entries.get(manifest.icons.color)!);
    assert.deepEqual([color.width, color.height], [192, 192]);
    const outline = PNG.sync.read(entries.get(manifest.icons.outline)!);
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    let visible = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      if (outline.data[i + 3] === 0) continue;
      visible++;
      assert.deepEqual([...outline.data.subarray(i, i + 3)], [255, 255, 255], `pixel ${i / 4}`);
    }
    assert.ok(visible > 50 && visible < 32 * 32, `visible pixels: ${visible}`);
  });
});

describe('Teams app package in local mode (no MicrosoftAppId)', () => {
  it('falls back to the Teams app id as bot id, uses localhost, and warns that it is for local testing only', () => {
    const built = buildAppPackage({ env: {}, outDir: tempDir() });
    assert.equal(built.manifest.bots?.[0]?.botId, built.manifest.id);
    assert.equal(built.manifest.composeExtensions?.[0]?.botId, built.manifest.id);
    assert.deepEqual(built.manifest.validDomains, ['localhost']);
    assert.ok(
      built.warnings.some((w) => /MicrosoftAppId is not set.*local testing only/.test(w)),
      built.warnings.join('\n'),
    );
  });

  it('needs no secret: MicrosoftAppId without MicrosoftAppPassword builds the production package', () => {
    const { MicrosoftAppPassword: _secret, ...withoutSecret } = productionEnv;
    const built = buildAppPackage({ env: withoutSecret, outDir: tempDir() });
    assert.equal(built.manifest.bots?.[0]?.botId, botAppId);
    assert.deepEqual(built.warnings, []);
  });

  it('the CLI prints the warnings and the zip path, and exits 0', () => {
    const { out, lines } = captureOutput();
    assert.equal(main({}, { outDir: tempDir() }, out), 0);
    assert.ok(lines.some((l) => l.startsWith('warning: MicrosoftAppId is not set')));
    assert.ok(lines.some((l) => /escalation-advisor\.zip/.test(l)));
  });
});

describe('Teams app package failures', () => {
  it('a manifest without an id fails schema validation, naming the missing property', () => {
    const dir = brokenManifestDir((d) => editJson(d, 'manifest.json', (m) => delete m.id));
    const error = failure({ env: productionEnv, manifestDir: dir, outDir: tempDir() });
    assert.ok(error.problems.includes('manifest.json (root): missing required property "id"'), error.message);
  });

  it('the CLI exits 1, lists the schema errors, and writes no package', () => {
    const dir = brokenManifestDir((d) =>
      editJson(d, 'manifest.json', (m) => {
        m.accentColor = 'blue';
      }),
    );
    const outDir = tempDir();
    const { out, lines } = captureOutput();
    assert.equal(main(productionEnv, { manifestDir: dir, outDir }, out), 1);
    assert.match(
      lines.join('\n'),
      /The Teams app package is invalid:\n {2}- manifest\.json accentColor: must match pattern/,
    );
    assert.deepEqual(fs.readdirSync(outDir), []);
  });

  const cases: { name: string; breakIt: (dir: string) => void; expected: RegExp }[] = [
    {
      name: 'an untranslated command',
      breakIt: (d) => editJson(d, 'ko-KR.json', (k) => delete k['bots[0].commandLists[1].commands[2].title']),
      expected: /ko-KR\.json does not translate "bots\[0\]\.commandLists\[1\]\.commands\[2\]\.title"/,
    },
    {
      name: 'a translation of a command the manifest does not have',
      breakIt: (d) =>
        editJson(d, 'ko-KR.json', (k) => {
          k['composeExtensions[0].commands[1].title'] = '검색';
        }),
      expected:
        /ko-KR\.json translates "composeExtensions\[0\]\.commands\[1\]\.title", which manifest\.json does not have/,
    },
    {
      name: 'a localisation file breaking its schema',
      breakIt: (d) =>
        editJson(d, 'ko-KR.json', (k) => {
          k['name.short'] = '가'.repeat(31);
        }),
      expected: /ko-KR\.json name\.short: must NOT have more than 30 characters/,
    },
    {
      name: 'a missing localisation file',
      breakIt: (d) => fs.rmSync(path.join(d, 'ko-KR.json')),
      expected: /ko-KR\.json \(named by manifest\.json localizationInfo ko-kr\) is missing/,
    },
    {
      name: 'an outline icon of the wrong size',
      breakIt: (d) => fs.writeFileSync(path.join(d, 'outline.png'), PNG.sync.write(new PNG({ width: 48, height: 48 }))),
      expected: /outline\.png \(outline icon\) must be 32×32 pixels, is 48×48/,
    },
    {
      name: 'a placeholder the script does not know',
      breakIt: (d) =>
        editJson(d, 'manifest.json', (m) => {
          m.version = '${{RELEASE}}';
        }),
      expected: /manifest\.json uses the placeholder \$\{\{RELEASE\}\}, which has no value/,
    },
    {
      name: 'a $schema other than the bundled version',
      breakIt: (d) =>
        editJson(d, 'manifest.json', (m) => {
          m.$schema = 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.16/MicrosoftTeams.schema.json';
        }),
      expected: /manifest\.json must name "\$schema": ".*v1\.22\/MicrosoftTeams\.schema\.json"/,
    },
  ];
  for (const { name, breakIt, expected } of cases) {
    it(`${name} fails, naming the problem`, () => {
      const error = failure({ env: productionEnv, manifestDir: brokenManifestDir(breakIt), outDir: tempDir() });
      assert.match(error.message, expected);
    });
  }

  it('a BOT_DOMAIN with a scheme fails, naming BOT_DOMAIN', () => {
    const error = failure({ env: { ...productionEnv, BOT_DOMAIN: 'https://advisor.contoso.com/' }, outDir: tempDir() });
    assert.match(error.message, /BOT_DOMAIN must be a bare host name/);
  });

  it('a TEAMS_APP_ID that is not a GUID stops with the configuration error naming it', () => {
    assert.throws(
      () => buildAppPackage({ env: { TEAMS_APP_ID: 'escalation-advisor' }, outDir: tempDir() }),
      (e: unknown) => e instanceof ConfigError && e.variable === 'TEAMS_APP_ID',
    );
    const { out, lines } = captureOutput();
    assert.equal(main({ TEAMS_APP_ID: 'escalation-advisor' }, { outDir: tempDir() }, out), 1);
    assert.match(lines.join('\n'), /TEAMS_APP_ID must be a GUID/);
  });
});
