/** Reading rendered cards in tests: their visible text and their Action.Execute verbs. */

type Json = unknown;

function walk(node: Json, visit: (object: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((child) => walk(child, visit));
  }
}

/**
 * Where a card shows text: TextBlock and TextRun text, fact titles and values,
 * button and choice titles, input labels, placeholders, values and error
 * messages, and the fallback text of a client that cannot draw the card.
 */
const shownKeys = ['text', 'title', 'value', 'label', 'placeholder', 'errorMessage', 'fallbackText'];

/** Every text the card shows, joined with newlines, for assertions. */
export function cardText(card: Json): string {
  const parts: string[] = [];
  walk(card, (object) => {
    for (const key of shownKeys) {
      if (typeof object[key] === 'string') parts.push(object[key] as string);
    }
  });
  return parts.join('\n');
}

export interface ExecuteAction {
  readonly verb: string;
  readonly title: string;
  readonly data: Record<string, unknown>;
  readonly fallback: { type: string; data: Record<string, unknown> } | undefined;
}

/** The Action.Execute buttons anywhere in the card, including inside show-cards. */
export function executeActions(card: Json): ExecuteAction[] {
  const found: ExecuteAction[] = [];
  walk(card, (object) => {
    if (object['type'] === 'Action.Execute') found.push(object as unknown as ExecuteAction);
  });
  return found;
}

/** The request ids the card's plain Action.Submit "open" buttons carry. */
export function openedRequests(card: Json): string[] {
  const found: string[] = [];
  walk(card, (object) => {
    const data = object['data'] as { verb?: unknown; requestId?: unknown } | undefined;
    if (object['type'] === 'Action.Submit' && data?.verb === 'request.open') found.push(String(data.requestId));
  });
  return found;
}

export const verbsOf = (card: Json): string[] => executeActions(card).map((action) => action.verb);
