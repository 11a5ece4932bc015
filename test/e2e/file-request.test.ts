/**
 * "File support request" through the HTTP endpoint: real
 * composeExtension/fetchTask and submitAction invokes with HTML message
 * payloads in English and Korean (empty and very long too), the prefilled
 * form, validation, the stored request, and the cards posted to the
 * conversation (a loopback stand-in of the Bot Connector records them).
 */
import assert from 'node:assert/strict';
import type { SupportRequest } from '../../src/domain/requests/support-request';
import type { RequestsRepository } from '../../src/store/requests-repository';
import { TestBot, activityFrom, newUser, type UserContext } from '../helpers/bot-harness';
import { cardsIn, checkCard } from '../helpers/card-check';
import { cardText } from '../helpers/card-inspect';
import { ConnectorStandIn } from '../helpers/connector-stand-in';

type Form = { body: Record<string, unknown>[]; actions: { data: Record<string, unknown> }[] };

const englishHtml =
  '<p>Customer Contoso: production Azure VM is <b>down</b> for all users since 9am</p><p>Portal shows &quot;VM agent not ready&quot;&nbsp;&amp; RDP fails.</p>';
const koreanHtml =
  '<div>고객사 프로덕션 Azure VM이 다운됐어요</div><div>전체 사용자 접속 불가 상태입니다.<br>확인 부탁드립니다.</div>';

function payload(html: string) {
  return {
    id: '1700000000001',
    body: { contentType: 'html', content: html },
    from: { user: { id: '29:author', displayName: 'Min-jun Park' } },
    linkToMessage: 'https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1700000000001',
  };
}

function inputs(form: Form): Record<string, { value?: string; type: string }> {
  return Object.fromEntries(
    form.body
      .filter((e) => typeof e.id === 'string')
      .map((e) => [e.id as string, { value: e.value as string | undefined, type: e.type as string }]),
  );
}

/** What the form still asks after reading the English message: a severity A outage, filed by a direct partner's admin agent. */
const formAnswers = {
  serviceHealth: 'not-listed',
  nature: 'unavailable',
  cspModel: 'direct',
  role: 'admin-agent',
  language: 'en',
};

describe('File support request message action (HTTP endpoint)', () => {
  let bot: TestBot;
  let connector: ConnectorStandIn;
  let repo: RequestsRepository;
  before(async () => {
    bot = await TestBot.start();
    connector = await ConnectorStandIn.start();
    repo = bot.requests();
  });
  after(async () => {
    await bot.stop();
    await connector.stop();
  });

  async function invoke(user: UserContext, name: string, value: Record<string, unknown>) {
    const reply = await bot.post(
      activityFrom(user, { type: 'invoke', name, deliveryMode: undefined, serviceUrl: connector.serviceUrl, value }),
    );
    assert.equal(reply.status, 200);
    return reply.body as Record<string, unknown>;
  }

  async function fetchForm(
    user: UserContext,
    commandContext: string,
    message?: ReturnType<typeof payload>,
  ): Promise<Form> {
    const body = await invoke(user, 'composeExtension/fetchTask', {
      commandId: 'fileSupportRequest',
      commandContext,
      ...(message ? { messagePayload: message } : {}),
    });
    const task = body.task as { type: string; value: { card: { content: Form } } };
    assert.equal(task.type, 'continue');
    checkCard(task.value.card.content, 'form');
    return task.value.card.content;
  }

  const submit = (user: UserContext, commandContext: string, form: Form, answers: Record<string, string>) =>
    invoke(user, 'composeExtension/submitAction', {
      commandId: 'fileSupportRequest',
      commandContext,
      data: {
        ...Object.fromEntries(Object.entries(inputs(form)).map(([id, input]) => [id, input.value ?? ''])),
        ...form.actions[0]!.data,
        ...answers,
      },
    });

  const stored = (user: UserContext): Promise<SupportRequest[]> =>
    repo.listActive({ tenantId: user.tenantId, userId: user.userId }, ['draft', 'filed']);

  it('prefills the form from an English HTML message: title, plain description, guessed product / impact / category', async () => {
    const form = await fetchForm(newUser(), 'message', payload(englishHtml));
    const fields = inputs(form);
    assert.equal(fields.title!.value, 'Customer Contoso: production Azure VM is down for all users since 9am');
    assert.equal(
      fields.description!.value,
      'Customer Contoso: production Azure VM is down for all users since 9am\nPortal shows "VM agent not ready" & RDP fails.',
    );
    assert.equal(fields.product!.value, 'azure');
    assert.equal(fields.impact!.value, 'critical');
    assert.equal(fields.category!.value, 'technical');
  });

  it('prefills the form in Korean from a Korean message, with Korean labels', async () => {
    const form = await fetchForm(newUser({ locale: 'ko-KR' }), 'message', payload(koreanHtml));
    const fields = inputs(form);
    assert.equal(fields.title!.value, '고객사 프로덕션 Azure VM이 다운됐어요');
    assert.equal(fields.product!.value, 'azure');
    assert.equal(fields.impact!.value, 'critical');
    assert.match(cardText(form), /서비스 요청 제출/);
  });

  it('the form reads the message as the chat does: "서비스 상태에는 아무 것도 없습니다" pre-fills service health', async () => {
    const form = await fetchForm(
      newUser({ locale: 'ko-KR' }),
      'message',
      payload('<p>고객사 Exchange Online 메일 수신이 전체 사용자 안 됩니다. 서비스 상태에는 아무 것도 없습니다.</p>'),
    );
    assert.equal(inputs(form).serviceHealth!.value, 'not-listed');
  });

  it('opens an empty form from the compose box, and copes with an empty message', async () => {
    const compose = inputs(await fetchForm(newUser(), 'compose'));
    assert.equal(compose.title!.value, '');
    const empty = inputs(await fetchForm(newUser(), 'message', payload('')));
    assert.equal(empty.title!.value, '');
    assert.equal(empty.product!.value, '');
  });

  it("cuts a very long message to the form's limits", async () => {
    const long = `<p>${'Azure VM down for all users. '.repeat(4_000)}</p>`;
    const fields = inputs(await fetchForm(newUser(), 'message', payload(long)));
    assert.ok(fields.title!.value!.length <= 120);
    assert.ok(fields.description!.value!.length <= 4_000);
  });

  it('returns the form with every problem named when the submission is invalid, and stores nothing', async () => {
    const user = newUser();
    const form = await fetchForm(user, 'message', payload(englishHtml));
    const body = await submit(user, 'message', form, { title: '', srNumber: '12ab', impact: 'catastrophic' });
    const again = (body.task as { value: { card: { content: Form } } }).value.card.content;
    checkCard(again);
    const text = cardText(again);
    assert.match(text, /Title: required/);
    assert.match(text, /digits only/);
    assert.match(text, /What is the business impact\?: choose one of the options/);
    assert.deepEqual(await stored(user), []);
  });

  it('creates a draft request and posts the answer and the request card where the message is, linked to it', async () => {
    const user = newUser({
      conversationType: 'channel',
      conversationId: '19:abc@thread.tacv2;messageid=1700000000001',
    });
    const form = await fetchForm(user, 'message', payload(englishHtml));
    const before = connector.posts.length;
    const body = await submit(user, 'message', form, {
      serviceHealth: 'not-listed',
      nature: 'unavailable',
      cspModel: 'direct',
      role: 'admin-agent',
      language: 'en',
    });
    assert.deepEqual(body, {});

    const [request] = await stored(user);
    assert.equal(request!.status, 'draft');
    assert.equal(request!.title, 'Customer Contoso: production Azure VM is down for all users since 9am');
    assert.equal(request!.assessment.severity, 'A');
    assert.equal(request!.source?.link, payload(englishHtml).linkToMessage);

    const posted = connector.posts.slice(before);
    assert.ok(
      posted.every((p) => p.conversationId === user.conversationId),
      "posted into the message's thread",
    );
    const cards = cardsIn(posted.map((p) => p.activity));
    assert.equal(cards.length, 2);
    assert.match(cardText(cards[0]), /Not filed yet/);
    assert.match(JSON.stringify(cards[0]), /teams\.microsoft\.com\/l\/message/);
    assert.match(cardText(cards[1]), /Escalate to Microsoft/);
    assert.match(
      cardText(cards[1]),
      /Tracked as request "Customer Contoso/,
      'the answer links to the request it created',
    );
    assert.ok(!JSON.stringify(cards[1]).includes('triage.filed'), 'and offers no second filing');
  });

  it('creates a filed request when a number is given (Korean, group chat)', async () => {
    const user = newUser({ locale: 'ko-KR', conversationType: 'groupChat', conversationId: '19:group@thread.v2' });
    const form = await fetchForm(user, 'message', payload(koreanHtml));
    await submit(user, 'message', form, {
      srNumber: '2411210010009999',
      serviceHealth: 'not-listed',
      nature: 'unavailable',
      cspModel: 'direct',
      role: 'admin-agent',
      language: 'ko',
    });
    const [request] = await stored(user);
    assert.equal(request!.status, 'filed');
    assert.equal(request!.serviceRequestNumber, '2411210010009999');
    assert.ok(request!.deadline);
  });

  it('asks again when an answer leads to a question the form did not have', async () => {
    const user = newUser();
    const form = await fetchForm(user, 'message', payload(englishHtml));
    const body = await submit(user, 'message', form, { product: 'onprem', cspModel: 'direct', role: 'admin-agent' });
    const again = (body.task as { value: { card: { content: Form } } }).value.card.content;
    assert.match(cardText(again), /One more answer is needed/);
    assert.ok('onpremVersion' in inputs(again));
    assert.deepEqual(await stored(user), []);
  });

  it('returns the request card to the compose box instead of posting it (personal chat)', async () => {
    const user = newUser();
    const form = await fetchForm(user, 'compose');
    const before = connector.posts.length;
    const body = await submit(user, 'compose', form, {
      title: 'Customer invoice disputed',
      product: 'm365',
      tenant: 'customer',
      category: 'dispute',
      cspModel: 'direct',
      role: 'admin-agent',
      language: 'en',
    });
    const result = body.composeExtension as { type: string; attachments: { content: unknown }[] };
    assert.equal(result.type, 'result');
    checkCard(result.attachments[0]!.content);
    assert.match(cardText(result.attachments[0]!.content), /Customer invoice disputed/);
    assert.equal(connector.posts.length, before, 'nothing posted');
    assert.equal((await stored(user)).length, 1);
  });

  it('files one request however often the same form is submitted, at once or again later', async () => {
    const user = newUser({ conversationType: 'groupChat', conversationId: `19:${Date.now()}@thread.v2` });
    const form = await fetchForm(user, 'message', payload(englishHtml));
    const before = connector.posts.length;
    await Promise.all(Array.from({ length: 10 }, () => submit(user, 'message', form, formAnswers)));
    await submit(user, 'message', form, formAnswers);
    assert.equal((await stored(user)).length, 1);
    const texts = connector.posts.slice(before).map((p) => String(p.activity.text ?? ''));
    assert.equal(
      texts.filter((text) => /already tracked/.test(text)).length,
      10,
      'every submit after the first is told',
    );
    const summaries = cardsIn(connector.posts.slice(before).map((p) => p.activity)).filter((card) =>
      /Escalate to Microsoft/.test(cardText(card)),
    );
    assert.equal(summaries.length, 1, 'the answer card is posted once');
  });

  it('keeps only a Teams message link from the message or the form: no other site becomes a button', async () => {
    const user = newUser({ conversationType: 'groupChat', conversationId: `19:${Date.now()}-link@thread.v2` });
    const form = await fetchForm(user, 'message', {
      ...payload(englishHtml),
      linkToMessage: 'https://evil.example/l/message/1',
    });
    assert.equal(JSON.stringify(form).includes('evil.example'), false, 'not carried by the form');
    const before = connector.posts.length;
    await submit(user, 'message', form, { ...formAnswers, sourceLink: 'https://evil.example/l/message/1' });
    const [request] = await stored(user);
    assert.equal(request!.source?.link ?? '', '');
    const cards = cardsIn(connector.posts.slice(before).map((p) => p.activity));
    assert.ok(cards.length > 0 && cards.every((card) => !JSON.stringify(card).includes('evil.example')));
  });
});
