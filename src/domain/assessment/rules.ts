/**
 * Rules in rulebook order, and the source articles behind them (the
 * `[000]`…`[004]` marks in docs/rulebook.md), so an answer can list them.
 */
import { type RuleId, rulebook } from '../rulebook';
import type { SourceId } from '../sources';

const ruleNumber = (rule: RuleId): number => Number(rule.slice(1));

/** The rules once each, in rulebook order. */
export function inRulebookOrder(rules: readonly RuleId[]): RuleId[] {
  return [...new Set(rules)].sort((a, b) => ruleNumber(a) - ruleNumber(b));
}

/** The articles behind a set of rules, once each, in id order. */
export function sourcesOf(rules: readonly RuleId[]): SourceId[] {
  return [...new Set(rules.flatMap((rule) => rulebook[rule].sources))].sort();
}
