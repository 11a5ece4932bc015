/**
 * Text a user wrote (a request title, a name) shown on a card must read as
 * written: Teams renders markdown in TextBlocks and FactSets, so the
 * characters that start markdown are escaped. Template expressions like
 * `${...}` need nothing: data values are never evaluated by the templating.
 */
const markdownSpecials = /[\\`*_[\]<>~|#]/g;
/** List markers at a line start ("- ", "+ ", "1. ") would turn the line into a list. */
const listStart = /^(\s*)([-+]|\d+\.)(\s)/gm;

export function literal(text: string): string {
  return text
    .replace(markdownSpecials, (c) => `\\${c}`)
    .replace(listStart, (_m, space: string, marker: string, after: string) =>
      marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.${after}` : `${space}\\${marker}${after}`,
    );
}
