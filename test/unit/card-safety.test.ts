/**
 * Cards that ask before they act and show only what applies: "Cancel
 * request" confirms first, the profile hides fields that do not apply to the
 * partner, and the answer card keeps rule ids behind "Why?".
 */
import assert from 'node:assert/strict';
import { answerCard } from '../../src/cards/answer-card';
import { profileCard } from '../../src/cards/profile-card';
import { requestCard } from '../../src/cards/request-card';
import { profileCardFields } from '../../src/conversation/profile-form';
import { topics } from '../../src/domain/answers';
import { checkCard } from '../helpers/card-check';
import { cardText } from '../helpers/card-inspect';
import { draftRequest } from '../requests/request-fixtures';

type Node = Record<string, unknown>;

function find(node: unknown, test: (n: Node) => boolean): Node | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  if (!Array.isArray(node) && test(node as Node)) return node as Node;
  for (const child of Object.values(node)) {
    const found = find(child, test);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('cards that ask first and show only what applies', () => {
  const now = new Date('2026-03-16T02:00:00Z');

  it('"Cancel request" opens a confirmation; only its "Yes, cancel it" sends request.cancel', () => {
    const card = requestCard(draftRequest({ status: 'filed', deadline: '2026-03-16T03:00:00Z' }), 'en', now);
    checkCard(card);
    const cancel = find(card, (n) => n['title'] === 'Cancel request')!;
    assert.equal(cancel['type'], 'Action.ShowCard', 'the first click only asks');
    assert.match(cardText(cancel['card']), /Cancel this request\?/);
    const yes = find(cancel['card'], (n) => n['type'] === 'Action.Execute')!;
    assert.equal(yes['verb'], 'request.cancel');
    assert.equal(yes['title'], 'Yes, cancel it');
  });

  it('R12: the profile shows "Azure access granted" only to an indirect reseller', () => {
    const direct = cardText(profileCard({ cspModel: 'direct' }, profileCardFields, 'en', now).body);
    const reseller = cardText(profileCard({ cspModel: 'indirect-reseller' }, profileCardFields, 'en', now).body);
    assert.doesNotMatch(direct, /granted by the indirect provider/i);
    assert.match(reseller, /granted by the indirect provider/i);
  });

  it('an answer names its source up front and its rules only behind "Why?"', () => {
    const card = answerCard(topics[0]!, 'en');
    checkCard(card);
    const why = find(card, (n) => n['id'] === 'why')!;
    assert.equal(why['isVisible'], false);
    assert.match(cardText(why), /Rules: R\d+/);
    const visible = (card['body'] as Node[]).filter((n) => n['id'] !== 'why');
    assert.doesNotMatch(cardText(visible), /Rules: R\d+/);
  });
});
