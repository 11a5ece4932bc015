/**
 * Which source article each rule comes from (the `[000]`…`[004]` marks in
 * the rulebook), so an answer can list the articles behind it.
 */
import type { SourceId } from '../sources';
import type { RuleId } from './types';

export const ruleSources: Readonly<Record<RuleId, readonly SourceId[]>> = {
  R1: ['000'],
  R2: ['000', '002'],
  R3: ['002', '003'],
  R4: ['003'],
  R5: ['002', '003'],
  R6: ['003'],
  R7: ['000', '002'],
  R8: ['004'],
  R9: ['000', '001', '002'],
  R10: ['000', '004'],
  R11: ['000'],
  R12: ['000', '003'],
  R13: ['000'],
  R14: ['004'],
  R15: ['004'],
  R16: ['002', '004'],
  R17: ['004'],
  R18: ['004'],
  R19: ['000'],
  R20: ['000'],
  R21: ['000'],
  R22: ['000'],
  R23: ['000'],
  // R24 is our own reading (the business-hours clock); it cites the R22 sentence it builds on.
  R24: ['000'],
  R25: ['000'],
};

const ruleNumber = (rule: RuleId): number => Number(rule.slice(1));

/** The rules once each, in rulebook order. */
export function inRulebookOrder(rules: readonly RuleId[]): RuleId[] {
  return [...new Set(rules)].sort((a, b) => ruleNumber(a) - ruleNumber(b));
}

/** The articles behind a set of rules, once each, in id order. */
export function sourcesOf(rules: readonly RuleId[]): SourceId[] {
  return [...new Set(rules.flatMap((rule) => ruleSources[rule]))].sort();
}
