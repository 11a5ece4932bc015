/**
 * Teams Toolkit style `${{NAME}}` placeholders in the manifest template.
 * Filled in the parsed JSON, string by string, so a value can never break the
 * JSON syntax.
 */

const placeholder = /\$\{\{([A-Za-z0-9_]+)\}\}/g;

export interface Filled<T> {
  readonly document: T;
  /** Placeholder names that had no value, each once. */
  readonly unknown: readonly string[];
}

export function fillPlaceholders<T>(document: T, values: Readonly<Record<string, string>>): Filled<T> {
  const unknown = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(placeholder, (whole, name: string) => {
        const value = values[name];
        if (value === undefined) unknown.add(name);
        return value ?? whole;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  return { document: fill(document) as T, unknown: [...unknown] };
}
