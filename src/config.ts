/**
 * Every environment variable the bot reads, parsed once and checked with zod.
 * A bad value stops start-up with one line naming the variable.
 */
import { z } from 'zod';
import type { ReminderPolicy } from './domain/reminders/reminder-policy';
import type { ReminderSettingsInput } from './reminders/reminder-settings';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Unset and empty mean the same: the default applies. */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v));

/** A number in [min, max] (whole unless `decimals`), or the fallback when unset. */
const numberIn = (fallback: number, min: number, max: number, decimals = false) =>
  optionalText.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || (!decimals && !Number.isInteger(n)) || n < min || n > max) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a ${decimals ? 'number' : 'whole number'} from ${min} to ${max}, got "${v}"`,
      });
      return z.NEVER;
    }
    return n;
  });
const wholeNumber = (fallback: number, min: number, max: number) => numberIn(fallback, min, max);

const flag = (fallback: boolean) =>
  optionalText
    .pipe(z.enum(['true', 'false', '1', '0'], 'must be true or false').optional())
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1'));

const guidText = optionalText.refine((v) => v === undefined || guid.test(v), 'must be a GUID');

/** Plain host names or IP addresses, without scheme, port or path. */
const hostName = /^[a-z0-9.-]+$|^\[?[0-9a-f:]+\]?$/i;
const listOfHosts = optionalText
  .transform((v) =>
    v === undefined
      ? []
      : v
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter((s) => s !== ''),
  )
  .refine((hosts) => hosts.every((host) => hostName.test(host)), 'must be a comma-separated list of host names');

const listOfGuids = optionalText
  .transform((v) =>
    v === undefined
      ? []
      : v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
  )
  .refine((ids) => ids.every((id) => guid.test(id)), 'must be a comma-separated list of GUIDs');

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * R24: the tenants' own days off, on top of the public holidays: comma-separated
 * YYYY-MM-DD dates for every tenant, or <tenant-guid>:YYYY-MM-DD for one tenant.
 */
const tenantHolidays = optionalText.transform((v, ctx) => {
  const entries =
    v === undefined
      ? []
      : v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
  const holidays: { tenantId?: string; date: string }[] = [];
  for (const entry of entries) {
    const [first, second] = entry.split(':');
    const date = second ?? first ?? '';
    const tenantId = second === undefined ? undefined : first;
    const real = isoDate.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
    if (!real || (tenantId !== undefined && !guid.test(tenantId))) {
      ctx.addIssue({
        code: 'custom',
        message: `must be comma-separated YYYY-MM-DD dates, each optionally after "<tenant-guid>:", got "${entry}"`,
      });
      return z.NEVER;
    }
    holidays.push({ ...(tenantId === undefined ? {} : { tenantId: tenantId.toLowerCase() }), date });
  }
  return holidays;
});

/** Local development id for the Teams app package when none is configured. */
const localTeamsAppId = '6f1d8c2e-5b7a-4e0f-9a3d-2c4b8e1f7a60';

export const envSchema = z
  .object({
    PORT: wholeNumber(3978, 0, 65535),
    // The default depends on MicrosoftAppId (see loadConfig).
    HOST: optionalText,
    MicrosoftAppId: guidText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: guidText,
    MicrosoftAppType: optionalText.pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
    ToBotFromChannelOpenIdMetadataUrl: optionalText.pipe(z.url('must be an https:// or http:// URL').optional()),
    ToBotFromChannelTokenIssuer: optionalText,
    ANONYMOUS_SERVICE_HOSTS: listOfHosts,
    COSMOS_ENDPOINT: optionalText.pipe(z.url('must be an https:// or http:// URL').optional()),
    COSMOS_KEY: optionalText,
    COSMOS_DATABASE: optionalText.transform((v) => v ?? 'escalation-advisor'),
    AZURE_CLIENT_ID: guidText,
    BOT_STATE_TTL_DAYS: wholeNumber(90, 1, 3_650),
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
    LOG_LEVEL: optionalText
      .pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional())
      .transform((v) => v ?? 'info'),
    SHUTDOWN_GRACE_MS: wholeNumber(10_000, 1, 600_000),
    TEAMS_APP_ID: guidText.transform((v) => v ?? localTeamsAppId),
    BOT_DOMAIN: optionalText.transform((v) => v ?? 'localhost'),
    ALLOWED_TENANT_IDS: listOfGuids,
    TENANT_HOLIDAYS: tenantHolidays,
    REMINDERS_ENABLED: flag(true),
    REMINDER_TICK_SECONDS: numberIn(30, 0.1, 3_600, true),
    REMINDER_LEASE_SECONDS: wholeNumber(120, 5, 3_600),
    REMINDER_BATCH_SIZE: wholeNumber(50, 1, 1_000),
    REMINDER_CONCURRENCY: wholeNumber(8, 1, 64),
    REMINDER_MAX_ATTEMPTS: wholeNumber(4, 1, 20),
    REMINDER_RETRY_LATER_SECONDS: wholeNumber(60, 1, 86_400),
    REMINDER_DUE_SOON_PERCENT: wholeNumber(75, 1, 99),
    REMINDER_FOLLOW_UPS: wholeNumber(3, 0, 20),
    REMINDER_FOLLOW_UP_EVERY_WINDOWS: numberIn(1, 0.1, 10, true),
  })
  .superRefine((env, ctx) => {
    if (
      env.MicrosoftAppId !== undefined &&
      env.MicrosoftAppType !== 'UserAssignedMSI' &&
      env.MicrosoftAppPassword === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'is required when MicrosoftAppId is set',
      });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppTenantId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: 'is required when MicrosoftAppType is SingleTenant',
      });
    }
  });

type Env = z.infer<typeof envSchema>;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly bot: {
    /** Empty = anonymous local mode (Agents Playground, Emulator); set = every request's JWT is checked. */
    readonly appId: string | undefined;
    readonly appPassword: string | undefined;
    readonly appTenantId: string | undefined;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    /** Where the channel's signing keys are published; unset = the Bot Framework's public cloud. */
    readonly openIdMetadataUrl: string | undefined;
    /** The `iss` of channel tokens; unset = https://api.botframework.com. */
    readonly tokenIssuer: string | undefined;
    /** Anonymous mode answers serviceUrls on loopback and on these hosts only. */
    readonly anonymousServiceHosts: readonly string[];
  };
  /**
   * Unset endpoint = the embedded in-memory Cosmos DB server. Unset key with an
   * endpoint = Microsoft Entra ID: the managed identity `managedIdentityClientId`
   * names, or the developer's own sign-in (Azure CLI, VS Code) when it is unset.
   */
  readonly cosmos: {
    readonly endpoint: string | undefined;
    readonly key: string | undefined;
    readonly managedIdentityClientId: string | undefined;
    readonly database: string;
    /** Bot state unused this long expires (storage cost, and no stale personal data). */
    readonly stateTtlSeconds: number;
  };
  /** Unset = no telemetry leaves the process. */
  readonly applicationInsightsConnectionString: string | undefined;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly shutdownGraceMs: number;
  readonly teams: { readonly appId: string; readonly botDomain: string };
  /** Empty = every tenant may use the bot. */
  readonly allowedTenantIds: readonly string[];
  /** R24: a tenant's own days off, which its business-hours clocks skip. */
  readonly tenantHolidays: (tenantId: string) => readonly string[];
  /** The SLA reminder scheduler (R27) and the policy new requests are filed under (R26). */
  readonly reminders: { readonly enabled: boolean; readonly policy: ReminderPolicy } & ReminderSettingsInput;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

function parsed<T>(result: z.ZodSafeParseResult<T>): T {
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  return result.data;
}

/** What `npm run package` needs: ids and a host name, never a secret. */
export interface PackageConfig {
  readonly bot: { readonly appId: string | undefined };
  readonly teams: Config['teams'];
}

export function loadPackageConfig(env: NodeJS.ProcessEnv = process.env): PackageConfig {
  const e = parsed(
    z.object(envSchema.shape).pick({ MicrosoftAppId: true, TEAMS_APP_ID: true, BOT_DOMAIN: true }).safeParse(env),
  );
  return { bot: { appId: e.MicrosoftAppId }, teams: { appId: e.TEAMS_APP_ID, botDomain: e.BOT_DOMAIN } };
}

/** Parse the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parsed(envSchema.safeParse(env));
  return {
    port: e.PORT,
    // Anonymous mode checks no token: only this machine may reach it unless HOST says otherwise.
    // With an app id every request is authenticated, and App Service needs all interfaces.
    host: e.HOST ?? (e.MicrosoftAppId === undefined ? '127.0.0.1' : '0.0.0.0'),
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appTenantId: e.MicrosoftAppTenantId,
      appType: e.MicrosoftAppType ?? 'MultiTenant',
      openIdMetadataUrl: e.ToBotFromChannelOpenIdMetadataUrl,
      tokenIssuer: e.ToBotFromChannelTokenIssuer,
      anonymousServiceHosts: e.ANONYMOUS_SERVICE_HOSTS,
    },
    cosmos: {
      endpoint: e.COSMOS_ENDPOINT,
      key: e.COSMOS_KEY,
      managedIdentityClientId: e.AZURE_CLIENT_ID,
      database: e.COSMOS_DATABASE,
      stateTtlSeconds: e.BOT_STATE_TTL_DAYS * 86_400,
    },
    applicationInsightsConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING,
    logLevel: e.LOG_LEVEL,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    teams: { appId: e.TEAMS_APP_ID, botDomain: e.BOT_DOMAIN },
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    tenantHolidays: (tenantId) =>
      e.TENANT_HOLIDAYS.filter((h) => h.tenantId === undefined || h.tenantId === tenantId.toLowerCase()).map(
        (h) => h.date,
      ),
    reminders: {
      enabled: e.REMINDERS_ENABLED,
      tickMs: Math.round(e.REMINDER_TICK_SECONDS * 1_000),
      leaseMs: e.REMINDER_LEASE_SECONDS * 1_000,
      batchSize: e.REMINDER_BATCH_SIZE,
      concurrency: e.REMINDER_CONCURRENCY,
      maxAttempts: e.REMINDER_MAX_ATTEMPTS,
      retryLaterMs: e.REMINDER_RETRY_LATER_SECONDS * 1_000,
      policy: {
        dueSoonFraction: e.REMINDER_DUE_SOON_PERCENT / 100,
        maxFollowUps: e.REMINDER_FOLLOW_UPS,
        followUpEveryWindows: e.REMINDER_FOLLOW_UP_EVERY_WINDOWS,
      },
    },
  };
}
