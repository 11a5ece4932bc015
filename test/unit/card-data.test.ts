/**
 * Card templates take typed data (src/cards/card-data.ts): a builder that
 * misspells or forgets a field does not compile. The `@ts-expect-error` lines
 * are the check: should renderCard accept any object again, they are unused
 * and `npm run typecheck` (and the build) fails.
 */
import assert from 'node:assert/strict';
import { renderCard } from '../../src/cards/render-card';

const data = { prompt: 'Which do you want?', text: 'VM down', answerTitle: 'Answer', triageTitle: 'Check' };

describe('typed card templates', () => {
  it('a template binds the data of its type', () => {
    const card = renderCard('route-choice', data);
    assert.deepEqual(card['body'], [{ type: 'TextBlock', text: 'Which do you want?', wrap: true }]);
  });

  it('a misspelt or missing field, or an unknown template, does not compile', () => {
    const { prompt: _prompt, ...withoutPrompt } = data;
    // @ts-expect-error "promt" is not a field of the route-choice card
    renderCard('route-choice', { ...data, promt: 'Which?' });
    // @ts-expect-error the route-choice card needs its prompt
    const missing = renderCard('route-choice', withoutPrompt);
    // Unchecked, the card would show the template's expression instead of a prompt.
    assert.doesNotMatch(JSON.stringify(missing['body']), /Which do you want/);
    // @ts-expect-error there is no template cards/route.json
    assert.throws(() => renderCard('route', data), /route\.json/);
  });
});
