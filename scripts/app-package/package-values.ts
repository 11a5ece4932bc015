/**
 * The values the manifest template's placeholders take, all from the
 * environment (src/config.ts), plus what is worth warning about.
 */
import type { PackageConfig } from '../../src/config';

export interface PackageValues {
  readonly values: {
    readonly TEAMS_APP_ID: string;
    readonly BOT_ID: string;
    readonly BOT_DOMAIN: string;
    readonly APP_VERSION: string;
  };
  readonly warnings: readonly string[];
  readonly problems: readonly string[];
}

/** validDomains and the developer URLs need a bare host name. */
const bareHostName = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

export function botDomainProblem(domain: string): string | undefined {
  return bareHostName.test(domain)
    ? undefined
    : `BOT_DOMAIN must be a bare host name such as advisor.contoso.com (no https://, path or port), got "${domain}"`;
}

export function packageValues(config: PackageConfig, appVersion: string): PackageValues {
  const warnings: string[] = [];
  const domainProblem = botDomainProblem(config.teams.botDomain);
  // Without MicrosoftAppId the bot runs anonymously (Agents Playground, Emulator); the manifest
  // still needs a GUID, and Teams itself cannot reach a bot that is not registered in Azure.
  const botId = config.bot.appId ?? config.teams.appId;
  if (config.bot.appId === undefined) {
    warnings.push(
      `MicrosoftAppId is not set: the bot id falls back to TEAMS_APP_ID (${botId}). This package is for local testing only.`,
    );
  }
  if (config.teams.botDomain === 'localhost') {
    warnings.push('BOT_DOMAIN is localhost: Teams needs the public host name that Azure Bot Service calls.');
  }
  return {
    values: {
      TEAMS_APP_ID: config.teams.appId,
      BOT_ID: botId,
      BOT_DOMAIN: config.teams.botDomain,
      APP_VERSION: appVersion,
    },
    warnings,
    problems: domainProblem === undefined ? [] : [domainProblem],
  };
}
