/**
 * Entry point: parse the environment, start the app, stop gracefully on
 * SIGTERM/SIGINT. A configuration error is one line naming the variable.
 */
import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './log';
import { StartupError } from './startup-error';
import { exportToAzureMonitor } from './telemetry';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const flushTelemetry = exportToAzureMonitor(config.applicationInsightsConnectionString, log);
  const app = await startApp(config, log);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    app
      .stop()
      .then(flushTelemetry)
      .then(
        () => process.exit(0),
        (err: unknown) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  if (err instanceof StartupError) {
    process.stderr.write(`Escalation Advisor cannot start: ${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`Escalation Advisor failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
