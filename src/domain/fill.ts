/**
 * Fills a text's `{name}` placeholders, and English plurals written the ICU
 * way, `{hours, plural, one {# hour} other {# hours}}` (`#` is the number),
 * so a figure changed to 1 still reads right. An unknown placeholder stays
 * visible (an unknown plural as `{hours} hours`) rather than vanishing, so a
 * missing parameter shows up in review.
 */
export type TextParams = Readonly<Record<string, string | number>>;

const pluralPattern = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

export function fill(template: string, params: TextParams = {}): string {
  return template
    .replace(pluralPattern, (_whole, name: string, one: string, other: string) => {
      if (!(name in params)) return other.replaceAll('#', `{${name}}`);
      return (Number(params[name]) === 1 ? one : other).replaceAll('#', String(params[name]));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
