/**
 * infra/main.bicep cannot be compiled here, so this reads it: its app
 * settings are exactly the variables src/config.ts reads (less the ones an
 * Azure deployment leaves unset, each with its reason), and its containers
 * come from the same declaration the bot creates them from.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { envSchema } from '../../src/config';
import { repoRoot } from '../../src/repo-paths';
import { containerSpecs } from '../../src/store/containers';

const bicepPath = join(repoRoot, 'infra', 'main.bicep');
const bicep = readFileSync(bicepPath, 'utf8');

/** Variables src/config.ts reads that the Bicep deliberately does not set. */
const leftUnset: Record<string, string> = {
  PORT: 'App Service sets it',
  HOST: 'the default (all interfaces) is right',
  MicrosoftAppPassword: 'the managed identity has no secret',
  COSMOS_KEY: 'Cosmos DB is reached with Microsoft Entra ID; key auth is disabled',
  TEAMS_APP_ID: 'read by npm run package only',
  ANONYMOUS_SERVICE_HOSTS: 'anonymous mode only; in Azure the bot has an app id',
  ToBotFromChannelOpenIdMetadataUrl: "the Bot Framework public cloud's, the default",
  ToBotFromChannelTokenIssuer: "the Bot Framework public cloud's, the default",
  SHUTDOWN_GRACE_MS: 'the default suits App Service restarts',
  REMINDERS_ENABLED: 'on by default',
  REMINDER_TICK_SECONDS: 'tuning; the default suits one or more instances',
  REMINDER_LEASE_SECONDS: 'tuning',
  REMINDER_BATCH_SIZE: 'tuning',
  REMINDER_CONCURRENCY: 'tuning',
  REMINDER_MAX_ATTEMPTS: 'tuning',
  REMINDER_RETRY_LATER_SECONDS: 'tuning',
  REMINDER_DUE_SOON_PERCENT: 'policy; the default follows the rulebook (R26)',
  REMINDER_FOLLOW_UPS: 'policy (R26)',
  REMINDER_FOLLOW_UP_EVERY_WINDOWS: 'policy (R26)',
};

function appSettings(): string[] {
  const block = /appSettings: \[([\s\S]*?)\n\s*\]/.exec(bicep)?.[1] ?? '';
  return [...block.matchAll(/\{ name: '([^']+)', value: /g)].map((m) => m[1]!);
}

describe('infra/main.bicep', () => {
  const configVariables = Object.keys(envSchema.shape).sort();

  it('sets only variables src/config.ts reads, each once', () => {
    const settings = appSettings();
    assert.ok(settings.length >= 8, settings.join(', '));
    assert.equal(new Set(settings).size, settings.length, 'a setting appears twice');
    for (const name of settings)
      assert.ok(configVariables.includes(name), `${name} is set in the Bicep but src/config.ts does not read it`);
  });

  it('sets every variable src/config.ts reads, unless it is listed here as left unset, with why', () => {
    const settings = appSettings();
    for (const name of Object.keys(leftUnset)) {
      assert.ok(configVariables.includes(name), `${name} is listed as left unset but src/config.ts does not read it`);
      assert.ok(!settings.includes(name), `${name} is listed as left unset but the Bicep sets it`);
    }
    assert.deepEqual([...settings, ...Object.keys(leftUnset)].sort(), configVariables);
  });

  it('runs the bot as the user-assigned managed identity, on Cosmos DB with Entra ID only', () => {
    assert.match(bicep, /\{ name: 'MicrosoftAppType', value: 'UserAssignedMSI' \}/);
    assert.match(bicep, /\{ name: 'AZURE_CLIENT_ID', value: identity\.properties\.clientId \}/);
    assert.match(bicep, /msaAppMSIResourceId: identity\.id/);
    assert.match(bicep, /disableLocalAuth: true/);
    assert.match(bicep, /principalId: identity\.properties\.principalId/);
  });

  it('App Service: Linux, Node 24, Always On (the reminder scheduler runs in-process), health check on /readyz', () => {
    assert.match(bicep, /linuxFxVersion: 'NODE\|24-lts'/);
    assert.match(bicep, /alwaysOn: true/);
    assert.match(bicep, /healthCheckPath: '\/readyz'/);
  });

  it('declares the containers from the file the bot creates them from, with their partition keys, indexing and expiry', () => {
    const load = /loadJsonContent\('([^']+)', '\$\.containers'\)/.exec(bicep);
    assert.ok(load, 'the Bicep loads the container declaration');
    const declared = resolve(join(repoRoot, 'infra'), load[1]!);
    assert.equal(declared, join(repoRoot, 'src', 'store', 'cosmos-containers.json'));
    assert.ok(existsSync(declared));
    assert.match(bicep, /name: container\.id/);
    assert.match(bicep, /partitionKey: \{ paths: \[container\.partitionKey\], kind: 'Hash' \}/);
    assert.match(bicep, /indexingPolicy: container\.indexingPolicy/);
    // bot-state's TTL is BOT_STATE_TTL_DAYS, from the same parameter the app setting gets.
    assert.match(
      bicep,
      /defaultTtl: container\.\?defaultTtlSetting == 'BOT_STATE_TTL_DAYS' \? botStateTtlDays \* 86400 : container\.\?defaultTtl/,
    );
    assert.match(bicep, /\{ name: 'BOT_STATE_TTL_DAYS', value: string\(botStateTtlDays\) \}/);
    assert.match(bicep, /param botStateTtlDays int = 90/);
    for (const spec of Object.values(containerSpecs)) {
      assert.ok(
        spec.defaultTtlSetting === undefined || spec.defaultTtlSetting === 'BOT_STATE_TTL_DAYS',
        `${spec.id}: a TTL setting the Bicep does not map`,
      );
    }
  });
});
