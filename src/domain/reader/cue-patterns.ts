/**
 * How cues are written (rulebook §7). English cues are regular-expression sources
 * matched as whole words, case-insensitive ("AKS", "aks"); word boundaries
 * also hold next to Hangul, so "VM이" matches "vms?". Korean cues are matched
 * as substrings, since particles attach to the word ("애저에서", "팀즈가").
 * `caseSensitive` cues are for words whose meaning hangs on case ("Teams").
 */

/** A value of one fact with the weight of its cues: 0.9 unambiguous, 0.7–0.8 strong, 0.5 suggestive, 0.3 weak. */
export interface CueRow<V extends string> {
  readonly value: V;
  readonly weight: number;
  readonly patterns: readonly RegExp[];
}

export function en(...sources: readonly string[]): RegExp[] {
  return sources.map((source) => new RegExp(`\\b(?:${source})\\b`, 'gi'));
}

export function caseSensitive(...sources: readonly string[]): RegExp[] {
  return sources.map((source) => new RegExp(`\\b(?:${source})\\b`, 'g'));
}

export function ko(...sources: readonly string[]): RegExp[] {
  return sources.map((source) => new RegExp(source, 'gi'));
}

export function row<V extends string>(
  value: V,
  weight: number,
  ...groups: ReadonlyArray<readonly RegExp[]>
): CueRow<V> {
  return { value, weight, patterns: groups.flat() };
}
