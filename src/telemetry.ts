/**
 * OpenTelemetry traces and metrics, all of the bot's instrumentation in one
 * place. With APPLICATIONINSIGHTS_CONNECTION_STRING set they go to Azure
 * Monitor (Application Insights); without it the OpenTelemetry API stays a
 * no-op and nothing leaves the process.
 *
 * It hooks the boundaries only: the HTTP turn (src/server/http-server.ts
 * wraps each POST /api/messages in `turn`), the bot logic (`logic`, which
 * sees a failed turn before the adapter's onTurnError), the reminder
 * scheduler's observer, and Node's http.client diagnostics channels for the
 * Cosmos DB and Bot Connector calls a turn makes (child spans).
 *
 * Never recorded: message text, card input, user or conversation ids.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import {
  context as otelContext,
  metrics,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type MeterProvider,
  type Span,
  type TracerProvider,
} from '@opentelemetry/api';
import type { TurnContext } from 'botbuilder';
import { parseCommand } from './conversation/commands';
import type { ReminderKind } from './domain/requests/support-request';
import type { Logger } from './log';
import type { ReminderObserver, TickReport } from './reminders/scheduler';
import { isStorageFault } from './server/create-adapter';
import { classifyCosmosRequest, isCosmosRequest } from './store/cosmos-request-kind';

const name = 'escalation-advisor';

/** Card data is routed by its verb (src/conversation/card-actions.ts); a verb outside these families is "card:other". */
const cardRoutes = ['check', 'help', 'message', 'answer', 'profile', 'triage', 'request'];
const invokeName = /^[\w/.-]{1,64}$/;

/** Where a turn goes, from the activity alone, without its text. */
export function turnRoute(activity: { type?: unknown; name?: unknown; text?: unknown; value?: unknown }): string {
  const type = typeof activity.type === 'string' ? activity.type : 'unknown';
  if (type === 'invoke')
    return typeof activity.name === 'string' && invokeName.test(activity.name)
      ? `invoke:${activity.name}`
      : 'invoke:other';
  if (type !== 'message') return type;
  const value = activity.value;
  if (typeof value === 'object' && value !== null) {
    const verb = (value as { verb?: unknown }).verb;
    const family = typeof verb === 'string' ? verb.split('.')[0] : undefined;
    return `card:${cardRoutes.find((route) => route === family) ?? 'other'}`;
  }
  const text = typeof activity.text === 'string' ? activity.text.replace(/<at>.*?<\/at>/g, '') : '';
  const command = parseCommand(text);
  return command === undefined ? 'text' : `command:${command.kind}`;
}

export interface TelemetryProviders {
  readonly tracerProvider: TracerProvider;
  readonly meterProvider: MeterProvider;
}

export class Telemetry {
  private readonly tracer;
  private readonly turns;
  private readonly turnDuration;
  private readonly errors;
  private readonly remindersDue;
  private readonly reminders;
  private readonly slaBreached;
  private readonly outgoing = new WeakMap<ClientRequest, Span>();
  /** Turn spans whose logic threw (the adapter's onTurnError answered the user). */
  private readonly failed = new WeakSet<Span>();
  private listening = false;

  constructor(
    providers: TelemetryProviders = {
      tracerProvider: trace.getTracerProvider(),
      meterProvider: metrics.getMeterProvider(),
    },
  ) {
    this.tracer = providers.tracerProvider.getTracer(name);
    const meter = providers.meterProvider.getMeter(name);
    this.turns = meter.createCounter('bot.turns', {
      description: 'Turns handled, by activity type, route and outcome',
    });
    this.turnDuration = meter.createHistogram('bot.turn.duration', {
      unit: 'ms',
      description: 'Time from request to response',
    });
    this.errors = meter.createCounter('bot.errors', { description: 'Failures, by kind (storage, turn, reminder)' });
    this.remindersDue = meter.createCounter('reminders.due', { description: 'Due reminders the scheduler found' });
    this.reminders = meter.createCounter('reminders.outcomes', {
      description: 'Reminders sent, failed (retried later) or undeliverable, by kind',
    });
    this.slaBreached = meter.createCounter('sla.deadlines.breached', {
      description: 'Microsoft response deadlines that passed (their breach reminder was recorded)',
    });
  }

  /** One span and one count per HTTP turn; `process` is the adapter's handling of it. */
  async turn(activity: unknown, process: () => Promise<void>, status: () => number): Promise<void> {
    const fields = (typeof activity === 'object' && activity !== null ? activity : {}) as Record<string, unknown>;
    const attributes: Attributes = {
      'bot.activity.type': String(fields.type ?? 'unknown'),
      'bot.route': turnRoute(fields),
    };
    const started = performance.now();
    await this.tracer.startActiveSpan('bot turn', { kind: SpanKind.SERVER, attributes }, async (span) => {
      // A refusal thrown before any answer (bad token, unknown sender) carries its status.
      let thrown: number | undefined;
      try {
        await process();
      } catch (err) {
        const refused = (err as { status?: unknown }).status;
        thrown = typeof refused === 'number' ? refused : 500;
        throw err;
      } finally {
        const code = thrown ?? status();
        const outcome = this.failed.has(span) || code >= 500 ? 'error' : code >= 400 ? 'rejected' : 'ok';
        span.setAttributes({ 'bot.outcome': outcome, 'http.response.status_code': code });
        span.end();
        this.turns.add(1, { ...attributes, 'bot.outcome': outcome });
        this.turnDuration.record(performance.now() - started, { ...attributes, 'bot.outcome': outcome });
      }
    });
  }

  /** Wraps the bot's logic: a failure is counted by kind and marks the turn's span, then goes on to onTurnError. */
  logic(run: (context: TurnContext) => Promise<void>): (context: TurnContext) => Promise<void> {
    return async (context) => {
      try {
        await run(context);
      } catch (err) {
        const kind = isStorageFault(err) ? 'storage' : 'turn';
        this.errors.add(1, { 'error.kind': kind });
        const span = trace.getActiveSpan();
        if (span !== undefined) {
          this.failed.add(span);
          span.setStatus({ code: SpanStatusCode.ERROR, message: kind });
          span.setAttribute('error.kind', kind);
        }
        throw err;
      }
    };
  }

  /** Counts what each reminder tick found and did (R26, R27). */
  readonly reminderObserver: ReminderObserver = {
    tick: (report: TickReport) => {
      this.remindersDue.add(report.due);
      if (report.errors > 0) this.errors.add(report.errors, { 'error.kind': 'reminder' });
    },
    reminder: (kind: ReminderKind, outcome: 'sent' | 'undeliverable' | 'retryLater') => {
      this.reminders.add(1, {
        'reminder.kind': kind,
        'reminder.outcome': outcome === 'retryLater' ? 'failed' : outcome,
      });
      if (kind === 'breached' && outcome !== 'retryLater') this.slaBreached.add(1);
    },
  };

  private readonly onRequestStart = (message: unknown): void => {
    const { request } = message as { request: ClientRequest };
    if (trace.getSpan(otelContext.active()) === undefined) return;
    const headers = request.getHeaders();
    const cosmos = isCosmosRequest(headers);
    const attributes: Attributes = { 'http.request.method': request.method, 'server.address': String(request.host) };
    let spanName = `connector ${request.method}`;
    if (cosmos) {
      const { kind, container } = classifyCosmosRequest(request.method, request.path, headers);
      spanName = `cosmos ${kind}`;
      Object.assign(attributes, {
        'db.system': 'cosmosdb',
        'db.operation.name': kind,
        'db.collection.name': container,
      });
    }
    this.outgoing.set(request, this.tracer.startSpan(spanName, { kind: SpanKind.CLIENT, attributes }));
  };

  private readonly onResponse = (message: unknown): void => {
    const { request, response } = message as { request: ClientRequest; response: IncomingMessage };
    const span = this.outgoing.get(request);
    if (span === undefined) return;
    this.outgoing.delete(request);
    const code = response.statusCode ?? 0;
    span.setAttribute('http.response.status_code', code);
    // 404 and 412 are answers the bot expects (a new conversation, a lost race).
    if (code >= 500 || code === 429) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };

  private readonly onRequestError = (message: unknown): void => {
    const { request, error } = message as { request: ClientRequest; error: Error };
    const span = this.outgoing.get(request);
    if (span === undefined) return;
    this.outgoing.delete(request);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.name });
    span.end();
  };

  /** Child spans for the HTTP calls made inside a turn (Cosmos DB, Bot Connector). */
  start(): this {
    if (this.listening) return this;
    this.listening = true;
    diagnosticsChannel.subscribe('http.client.request.start', this.onRequestStart);
    diagnosticsChannel.subscribe('http.client.response.finish', this.onResponse);
    diagnosticsChannel.subscribe('http.client.request.error', this.onRequestError);
    return this;
  }

  stop(): void {
    if (!this.listening) return;
    this.listening = false;
    diagnosticsChannel.unsubscribe('http.client.request.start', this.onRequestStart);
    diagnosticsChannel.unsubscribe('http.client.response.finish', this.onResponse);
    diagnosticsChannel.unsubscribe('http.client.request.error', this.onRequestError);
  }
}

/**
 * Sends traces and metrics to Azure Monitor when a connection string is set
 * (once per process). Its own HTTP and Azure SDK instrumentation stays off:
 * the spans above already cover those calls, without message content.
 */
export function exportToAzureMonitor(connectionString: string | undefined, log: Logger): () => Promise<void> {
  if (connectionString === undefined) return async () => {};
  // Loaded only when used: it is large, and an unconfigured bot never needs it.
  const { useAzureMonitor, shutdownAzureMonitor } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when used (see above)
    require('@azure/monitor-opentelemetry') as typeof import('@azure/monitor-opentelemetry');
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    instrumentationOptions: {
      http: { enabled: false },
      azureSdk: { enabled: false },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
    },
    enableLiveMetrics: false,
  });
  log.info('telemetry: exporting traces and metrics to Azure Monitor');
  // Flushes what is buffered; called on shutdown.
  return shutdownAzureMonitor;
}
