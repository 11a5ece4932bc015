/**
 * Fills a text's `{name}` placeholders. An unknown placeholder stays visible
 * rather than vanishing, so a missing parameter shows up in review.
 */
export type TextParams = Readonly<Record<string, string | number>>;

export function fill(template: string, params: TextParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
