/**
 * Telemetry (src/telemetry.ts) with in-memory exporters: a span per turn with
 * its activity type, route and outcome (never the message text), child spans
 * for the turn's Cosmos DB and Bot Connector calls, and the metrics for
 * turns, latency, errors by kind, reminders and SLA breaches.
 */
import assert from 'node:assert/strict';
import { context, SpanKind } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { Telemetry, turnRoute } from '../../src/telemetry';
import { TestBot, activityFrom, newUser } from '../helpers/bot-harness';
import { ConnectorStandIn } from '../helpers/connector-stand-in';

const secret = 'Contoso tenant 4242 cannot sign in';

class InMemoryTelemetry {
  readonly spans = new InMemorySpanExporter();
  readonly tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(this.spans)] });
  private readonly reader = new PeriodicExportingMetricReader({
    exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE),
    exportIntervalMillis: 3_600_000,
  });
  readonly meterProvider = new MeterProvider({ readers: [this.reader] });

  /** Every data point of the named metric: its attributes and value (a count, or a histogram's count). */
  async points(name: string): Promise<{ attributes: Record<string, unknown>; value: number }[]> {
    const { resourceMetrics } = await this.reader.collect();
    const metric = resourceMetrics.scopeMetrics
      .flatMap((scope) => scope.metrics)
      .find((m) => m.descriptor.name === name);
    return (metric?.dataPoints ?? []).map((point) => ({
      attributes: point.attributes,
      value: typeof point.value === 'number' ? point.value : (point.value as { count: number }).count,
    }));
  }

  async shutdown(): Promise<void> {
    await this.tracerProvider.shutdown();
    await this.meterProvider.shutdown();
  }
}

function turnSpans(spans: readonly ReadableSpan[]): ReadableSpan[] {
  return spans.filter((span) => span.name === 'bot turn');
}

function childrenOf(parent: ReadableSpan, spans: readonly ReadableSpan[]): ReadableSpan[] {
  return spans.filter((span) => span.parentSpanContext?.spanId === parent.spanContext().spanId);
}

describe('telemetry (in-memory exporters)', function () {
  this.timeout(30_000);
  const contextManager = new AsyncLocalStorageContextManager();
  let telemetry: InMemoryTelemetry;
  let bot: TestBot;
  let connector: ConnectorStandIn;

  before(async () => {
    context.setGlobalContextManager(contextManager.enable());
    connector = await ConnectorStandIn.start(() => new Date());
  });
  beforeEach(async () => {
    telemetry = new InMemoryTelemetry();
    bot = await TestBot.start({}, { telemetry });
  });
  afterEach(async () => {
    await bot.stop();
    await telemetry.shutdown();
  });
  after(async () => {
    await connector.stop();
    context.disable();
  });

  it('a turn is one span with its activity type, route and outcome, and child spans for its Cosmos DB calls; no message text', async () => {
    const user = newUser();
    await bot.say(user, 'help');
    await bot.say(user, secret);
    const spans = telemetry.spans.getFinishedSpans();
    const turns = turnSpans(spans);
    assert.deepEqual(
      turns.map((span) => [
        span.kind,
        span.attributes['bot.activity.type'],
        span.attributes['bot.route'],
        span.attributes['bot.outcome'],
      ]),
      [
        [SpanKind.SERVER, 'message', 'command:help', 'ok'],
        [SpanKind.SERVER, 'message', 'text', 'ok'],
      ],
    );
    for (const turn of turns) {
      const cosmos = childrenOf(turn, spans).filter((span) => span.name.startsWith('cosmos '));
      assert.ok(
        cosmos.some((span) => span.name === 'cosmos read' && span.attributes['db.collection.name'] === 'bot-state'),
        'state read',
      );
      assert.ok(
        cosmos.some((span) => span.name === 'cosmos write' && span.attributes['db.collection.name'] === 'bot-state'),
        'state write',
      );
    }
    const everything = JSON.stringify(spans.map((span) => [span.name, span.attributes, span.events]));
    assert.doesNotMatch(everything, /Contoso|4242|sign in/);
  });

  it('a reply sent through the Bot Connector is a child span of its turn', async () => {
    const user = newUser({ serviceUrl: connector.serviceUrl });
    await bot.post(activityFrom(user, { type: 'message', text: 'help', deliveryMode: 'normal' }));
    const spans = telemetry.spans.getFinishedSpans();
    const [turn] = turnSpans(spans);
    const posts = childrenOf(turn!, spans).filter((span) => span.name === 'connector POST');
    assert.equal(posts.length, 1);
    assert.equal(posts[0]!.kind, SpanKind.CLIENT);
    assert.equal(posts[0]!.attributes['http.response.status_code'], 201);
    assert.equal(connector.postsTo(user.conversationId).length, 1);
  });

  it('counts turns and their latency by outcome, and a storage failure as an error of kind storage', async () => {
    const user = newUser();
    await bot.say(user, 'help');
    await bot.app.store.embedded!.setReachable(false);
    await bot.say(user, 'help');
    await bot.app.store.embedded!.setReachable(true);

    const turns = await telemetry.points('bot.turns');
    const outcome = (name: string) =>
      turns.filter((p) => p.attributes['bot.outcome'] === name).reduce((sum, p) => sum + p.value, 0);
    assert.equal(outcome('ok'), 1);
    assert.equal(outcome('error'), 1);
    const latency = await telemetry.points('bot.turn.duration');
    assert.equal(
      latency.reduce((sum, p) => sum + p.value, 0),
      2,
    );
    assert.deepEqual(await telemetry.points('bot.errors'), [{ attributes: { 'error.kind': 'storage' }, value: 1 }]);
    const failed = turnSpans(telemetry.spans.getFinishedSpans()).find(
      (span) => span.attributes['bot.outcome'] === 'error',
    );
    assert.equal(failed?.attributes['error.kind'], 'storage');
  });

  it('counts reminders due, sent, failed and undeliverable by kind, and SLA deadlines breached (R26, R27)', async () => {
    const own = new InMemoryTelemetry();
    const observer = new Telemetry(own).reminderObserver;
    observer.tick({
      due: 3,
      claimed: 3,
      contended: 0,
      sent: 2,
      nothingDue: 0,
      undeliverable: 1,
      retryLater: 0,
      errors: 0,
    });
    observer.reminder('due-soon', 'sent');
    observer.reminder('breached', 'sent');
    observer.reminder('breached', 'retryLater');
    observer.reminder('still-waiting', 'undeliverable');
    assert.deepEqual(await own.points('reminders.due'), [{ attributes: {}, value: 3 }]);
    const outcomes = Object.fromEntries(
      (await own.points('reminders.outcomes')).map((p) => [
        `${p.attributes['reminder.kind']} ${p.attributes['reminder.outcome']}`,
        p.value,
      ]),
    );
    assert.deepEqual(outcomes, {
      'due-soon sent': 1,
      'breached sent': 1,
      'breached failed': 1,
      'still-waiting undeliverable': 1,
    });
    assert.deepEqual(await own.points('sla.deadlines.breached'), [{ attributes: {}, value: 1 }]);
    await own.shutdown();
  });

  it('a request refused by throwing its status (a bad token) is a rejected turn; any other throw is an error', async () => {
    const own = new InMemoryTelemetry();
    const observed = new Telemetry(own);
    const refusal = Object.assign(new Error('refused'), { status: 401 });
    await assert.rejects(
      observed.turn(
        { type: 'message' },
        () => Promise.reject(refusal),
        () => 200,
      ),
      /refused/,
    );
    await assert.rejects(
      observed.turn(
        { type: 'message' },
        () => Promise.reject(new Error('boom')),
        () => 200,
      ),
      /boom/,
    );
    const outcomes = (await own.points('bot.turns')).map((p) => p.attributes['bot.outcome']).sort();
    assert.deepEqual(outcomes, ['error', 'rejected']);
    await own.shutdown();
  });

  it('routes without text: commands by kind, cards by their data key, invokes by name', () => {
    assert.equal(turnRoute({ type: 'message', text: '<at>Escalation Advisor</at> status' }), 'command:status');
    assert.equal(turnRoute({ type: 'message', text: secret }), 'text');
    assert.equal(turnRoute({ type: 'message', value: { verb: 'triage.answer', question: 'product' } }), 'card:triage');
    assert.equal(turnRoute({ type: 'message', value: { [secret]: 1 } }), 'card:other');
    assert.equal(turnRoute({ type: 'message', value: { verb: `${secret}.answer` } }), 'card:other');
    assert.equal(
      turnRoute({ type: 'invoke', name: 'composeExtension/fetchTask' }),
      'invoke:composeExtension/fetchTask',
    );
    assert.equal(turnRoute({ type: 'invoke', name: secret }), 'invoke:other');
    assert.equal(turnRoute({ type: 'conversationUpdate' }), 'conversationUpdate');
  });
});
