/**
 * What users wrote, shown on cards: every card builder
 * passes user text through `literal`, and a link only through
 * `teamsMessageLink`. Text a user wrote (a request title, a name) shown on a
 * card must read as written: Teams renders markdown in TextBlocks and FactSets, so the
 * characters that start markdown are escaped. Template expressions like
 * `${...}` need nothing: data values are never evaluated by the templating.
 */
const markdownSpecials = /[\\`*_[\]<>~|#]/g;
/** List markers at a line start ("- ", "+ ", "1. ") would turn the line into a list. */
const listStart = /^(\s*)([-+]|\d+\.)(\s)/gm;

/**
 * Longest user text shown on a card, in characters: whatever users type,
 * cards stay under Teams' 28 KB. Longer text is cut with
 * an ellipsis; the stored text stays whole.
 */
export const shownLength = { text: 300, name: 80 } as const;

/** `text` cut to `max` characters (code points, so never inside one), ending in '…' when cut. */
export function shortened(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/** User text for a card: at most `max` characters, markdown shown as typed. */
export function literal(text: string, max: number = shownLength.text): string {
  return shortened(text, max)
    .replace(markdownSpecials, (c) => `\\${c}`)
    .replace(listStart, (_m, space: string, marker: string, after: string) =>
      marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.${after}` : `${space}\\${marker}${after}`,
    );
}

/** A person's display name for a card or a message. */
export function literalName(name: string): string {
  return literal(name, shownLength.name);
}

/** Teams' own hosts (commercial, the new domain, GCC High, DoD). */
const teamsHosts: ReadonlySet<string> = new Set([
  'teams.microsoft.com',
  'teams.cloud.microsoft',
  'teams.microsoft.us',
  'dod.teams.microsoft.us',
]);

/**
 * The link of a Teams message ("Copy link"), or undefined for anything else:
 * the message extension's form comes back from the client, so a link to any
 * other site must never become a button on a card.
 */
export function teamsMessageLink(link: string): string | undefined {
  if (link.length > 2_000) return undefined;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const ok =
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    teamsHosts.has(url.hostname) &&
    url.pathname.startsWith('/l/message/');
  return ok ? url.href : undefined;
}
