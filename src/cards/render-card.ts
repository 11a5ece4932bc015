/**
 * Cards are JSON templates in /cards bound with data by adaptivecards-templating;
 * code passes already-localised strings, templates hold only the layout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { type Attachment, CardFactory } from 'botbuilder';
import { cardsDir } from '../repo-paths';
import type { CardData, CardName } from './card-data';

/**
 * Parsing a template costs ~12 ms and expanding one under 1 ms, so each is
 * parsed once; expand() is synchronous and keeps no state between calls.
 */
const templates = new Map<string, ACData.Template>();

function template(name: string): ACData.Template {
  let tpl = templates.get(name);
  if (tpl === undefined) {
    tpl = new ACData.Template(JSON.parse(readFileSync(join(cardsDir, `${name}.json`), 'utf8')) as object);
    templates.set(name, tpl);
  }
  return tpl;
}

export type AdaptiveCardJson = Record<string, unknown>;

export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** Binds `data` into the template cards/`name`.json; the data must have the shape that template takes. */
export function renderCard<K extends CardName>(name: K, data: CardData[K]): AdaptiveCardJson {
  return template(name).expand({ $root: data }) as AdaptiveCardJson;
}

export function cardAttachment(card: AdaptiveCardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}
