/**
 * The text of the Teams message a request is filed from: its HTML body turned
 * into plain lines (tags dropped, entities decoded), and a title from its
 * first line.
 */

const maxTitle = 120;
const maxDescription = 4_000;

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[entity.toLowerCase()] ?? whole;
  });
}

/** Plain text from a Teams message body (HTML or text). */
export function plainText(content: string, contentType: string | undefined): string {
  const text =
    contentType === 'html'
      ? decodeEntities(
          content
            .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
            .replace(/<br\s*\/?>/gi, '\n')
            .replace(/<\/(p|div|li|h[1-6]|tr|blockquote)>/gi, '\n')
            .replace(/<[^>]*>/g, ''),
        )
      : content;
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .slice(0, maxDescription);
}

/** The first line, cut at a word boundary when it is long. */
export function titleFrom(text: string): string {
  const first = text.split('\n')[0] ?? '';
  if (first.length <= maxTitle) return first;
  const cut = first.slice(0, maxTitle - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxTitle / 2 ? cut.slice(0, space) : cut}…`;
}

export const requestTextLimits = { maxTitle, maxDescription } as const;
