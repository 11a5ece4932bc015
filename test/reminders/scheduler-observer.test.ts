/**
 * The scheduler tells its observer (the telemetry) what each tick found and
 * each reminder's recorded outcome, with the reminder's kind (R26, R27).
 */
import assert from 'node:assert/strict';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { BotSender } from '../../src/reminders/bot-sender';
import { ReminderScheduler, type TickReport } from '../../src/reminders/scheduler';
import { ConnectorStandIn } from '../helpers/connector-stand-in';
import { silentLog } from '../helpers/log-capture';
import { TestCosmos } from '../helpers/test-cosmos';
import { filedRequest, store } from './fixtures';

describe('reminder scheduler observer', function () {
  this.timeout(20_000);
  const breach = new Date('2026-03-09T12:00:00Z'); // severity A, English, filed 10:00 UTC: 2 h (R21)
  let cosmos: TestCosmos;
  let connector: ConnectorStandIn;

  before(async () => {
    cosmos = await TestCosmos.start();
    connector = await ConnectorStandIn.start(() => breach);
  });
  after(async () => {
    await connector.stop();
    await cosmos.stop();
  });

  it('hears the tick report and the breach reminder sent', async () => {
    const container = cosmos.container(await cosmos.freshContainer());
    const filedAt = new Date('2026-03-09T10:00:00Z');
    await store(container, [
      filedRequest({ severity: 'A', supportLanguage: 'en', filedAt, serviceUrl: connector.serviceUrl }),
    ]);
    const ticks: TickReport[] = [];
    const reminders: string[] = [];
    const scheduler = new ReminderScheduler({
      container,
      sender: new BotSender(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), ''),
      log: silentLog,
      now: () => breach,
      observer: {
        tick: (report) => ticks.push(report),
        reminder: (kind, outcome) => reminders.push(`${kind} ${outcome}`),
      },
    });
    await scheduler.tick(breach);
    assert.deepEqual(
      ticks.map(({ due, sent }) => ({ due, sent })),
      [{ due: 1, sent: 1 }],
    );
    assert.deepEqual(reminders, ['breached sent']);
  });
});
