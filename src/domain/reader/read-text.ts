/**
 * The free-text reader (rulebook §7): suggests facts from a chat message in English or
 * Korean. It only suggests — each suggestion carries a confidence and the
 * words it rests on, and the user confirms. Deterministic, no model, no network.
 */
import type { Facts, Language, ServiceHealth } from '../facts';
import { type CueRow, occurrences } from '../text-tools/cue';
import { firstHangulWord, normalise, type NormalisedText } from '../text-tools/normalise';
import { type CuedFact, type CuedValues, cues, ownChangeWeight } from './cues';
import { readImpact } from './impact';
import { isKindNegated, isNegated, isOwnerNegated } from './negation';
import { readServiceHealth } from './service-health';

export interface Suggestion<V extends string> {
  readonly value: V;
  /** 0..1; lower when the text also points to another value. */
  readonly confidence: number;
  /** The words in the text that suggested it. */
  readonly cue: string;
}

export type Reading = { readonly [F in CuedFact]?: Suggestion<CuedValues[F]> } & {
  readonly serviceHealth?: Suggestion<ServiceHealth>;
  /** The language the text is written in, a hint for the support language (R22). */
  readonly language?: Suggestion<Language>;
};

interface Hit<V extends string> {
  readonly value: V;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
  readonly cue: string;
}

interface Score<V extends string> {
  readonly value: V;
  readonly score: number;
  readonly cue: string;
}

/** Each further cue for the same value adds a little; one strong cue outweighs several weak ones. */
const extraCueBonus = 0.05;
/** More hits of one cue add nothing to its score (the bonus caps at 0.99), so the rest of a long text is not scanned for it. */
const maxHitsPerCue = 20;
/** A rival cue this weak ("region" beside "down") does not make the reader doubt the stronger one. */
const weakestRival = 0.3;
/** Below this a suggestion is noise, not help. */
const minimumConfidence = 0.25;
/** How much symptoms (impact, nature cues) count as evidence of a technical problem. */
const symptomEvidence = 0.7;

type Negation = (text: string, start: number, end: number) => boolean;

function hitsOf<V extends string>(
  text: NormalisedText,
  rows: ReadonlyArray<CueRow<V>>,
  negated: Negation | undefined,
): Hit<V>[] {
  const hits: Hit<V>[] = [];
  for (const { value, weight, patterns } of rows) {
    for (const pattern of patterns) {
      for (const { start, end, text: cue } of occurrences(pattern, text, maxHitsPerCue)) {
        if (negated === undefined || !negated(text, start, end)) hits.push({ value, weight, start, end, cue });
      }
    }
  }
  return withoutContainedHits(hits);
}

/**
 * A longer cue wins over shorter cues it overlaps ("Exchange Server" over "Exchange"); on equal length the heavier one.
 * Only hits that overlap, directly or through a chain, can compete, so each such cluster is settled on its own:
 * the work grows with the text's length, not with its square (100 KB of "다운 " once took over a minute).
 */
function withoutContainedHits<V extends string>(hits: Hit<V>[]): Hit<V>[] {
  const byStart = [...hits].sort((a, b) => a.start - b.start);
  const kept: Hit<V>[] = [];
  let cluster: Hit<V>[] = [];
  let clusterEnd = -1;
  for (const hit of byStart) {
    if (hit.start >= clusterEnd) {
      kept.push(...strongestOf(cluster));
      cluster = [];
    }
    cluster.push(hit);
    clusterEnd = Math.max(clusterEnd, hit.end);
  }
  kept.push(...strongestOf(cluster));
  return kept;
}

function strongestOf<V extends string>(cluster: readonly Hit<V>[]): Hit<V>[] {
  if (cluster.length <= 1) return [...cluster];
  const byStrength = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || b.weight - a.weight);
  const kept: Hit<V>[] = [];
  for (const hit of byStrength) {
    if (kept.every((other) => hit.end <= other.start || hit.start >= other.end)) kept.push(hit);
  }
  return kept;
}

/** Scores per value, best first. */
function scoresOf<V extends string>(hits: readonly Hit<V>[]): Score<V>[] {
  const byValue = new Map<V, Hit<V>[]>();
  for (const hit of hits) {
    const valueHits = byValue.get(hit.value);
    if (valueHits === undefined) byValue.set(hit.value, [hit]);
    else valueHits.push(hit);
  }
  const scores = [...byValue].map(([value, valueHits]) => {
    const strongest = valueHits.reduce((best, hit) => (hit.weight > best.weight ? hit : best));
    const score = Math.min(0.99, strongest.weight + extraCueBonus * (valueHits.length - 1));
    return { value, score, cue: strongest.cue };
  });
  return scores.sort((a, b) => b.score - a.score);
}

/** The best value, its confidence lowered by how close the runner-up came. */
function suggestionOf<V extends string>(scores: readonly Score<V>[]): Suggestion<V> | undefined {
  const [best, runnerUp] = scores;
  if (best === undefined) return undefined;
  const rival = runnerUp !== undefined && runnerUp.score >= weakestRival ? runnerUp.score : 0;
  const confidence = Math.round(((best.score * best.score) / (best.score + rival)) * 100) / 100;
  return confidence < minimumConfidence ? undefined : { value: best.value, confidence, cue: best.cue };
}

/**
 * A product named in a negated clause is still the product ("never ordered the Copilot licences"); whose tenant is
 * negated only right before it; a bill at a place is not negated by the verb after it ("인보이스에 반영되지 않았어요").
 */
const negationOf = (fact: CuedFact): Negation | undefined =>
  fact === 'product' ? undefined : fact === 'tenant' ? isOwnerNegated : fact === 'category' ? isKindNegated : isNegated;

function scoresFor<F extends CuedFact>(text: NormalisedText, fact: F): Score<CuedValues[F]>[] {
  return scoresOf(hitsOf(text, cues[fact] as ReadonlyArray<CueRow<CuedValues[F]>>, negationOf(fact)));
}

/**
 * A dispute or a fraud is about a charge (R2): "disputes the invoice", "계정 탈취로 요금이 찍혀 있어요" name the bill
 * too, which makes the specific kind, not a rival to it.
 */
function withoutGeneralBilling(scores: Score<CuedValues['category']>[]): Score<CuedValues['category']>[] {
  const specific = scores.some((score) => score.value === 'dispute' || score.value === 'fraud');
  return specific ? scores.filter((score) => score.value !== 'billing') : scores;
}

/**
 * R6: "configured exactly per the docs, yet…", "설정은 30일로 돼 있는데 문서 설명과 달라요": naming the settings is part of
 * saying the service does not do what its documents say, not a rival to it. The partner's own change still is.
 */
function withoutSettingsNamed(scores: Score<CuedValues['nature']>[]): Score<CuedValues['nature']>[] {
  const undocumented = scores.some((score) => score.value === 'undocumented');
  return undocumented
    ? scores.filter((score) => score.value !== 'configuration' || score.score >= ownChangeWeight)
    : scores;
}

/** Symptoms ("down", "일부 사용자만 느림") are evidence of a technical problem even without "error" (rulebook §7). */
function withSymptomEvidence(
  category: Score<CuedValues['category']>[],
  symptoms: ReadonlyArray<Score<string>>,
): Score<CuedValues['category']>[] {
  const [strongest] = [...symptoms].sort((a, b) => b.score - a.score);
  if (strongest === undefined) return category;
  const evidence = strongest.score * symptomEvidence;
  const technical = category.find((score) => score.value === 'technical');
  const merged: Score<CuedValues['category']> =
    technical === undefined
      ? { value: 'technical', score: evidence, cue: strongest.cue }
      : { ...technical, score: Math.min(0.99, Math.max(technical.score, evidence) + extraCueBonus) };
  return [...category.filter((score) => score.value !== 'technical'), merged].sort((a, b) => b.score - a.score);
}

/** R1: a marketplace offer is the ISV's product wherever it runs ("an Azure Marketplace firewall", "마켓플레이스 SaaS가 Entra…"). */
function productOf(scores: Score<CuedValues['product']>[]): Suggestion<CuedValues['product']> | undefined {
  const marketplace = scores.find((score) => score.value === 'marketplace' && score.score >= 0.9);
  return marketplace === undefined
    ? suggestionOf(scores)
    : { value: 'marketplace', confidence: 0.85, cue: marketplace.cue };
}

function languageOf(text: string): Suggestion<Language> | undefined {
  const hangul = firstHangulWord(text);
  if (hangul !== undefined) return { value: 'ko', confidence: 0.7, cue: hangul };
  const latin = /[A-Za-z]+/.exec(text)?.[0];
  return latin === undefined ? undefined : { value: 'en', confidence: 0.5, cue: latin };
}

export function readText(raw: string): Reading {
  const text = normalise(raw);
  const impact = scoresFor(text, 'impact');
  const nature = withoutSettingsNamed(scoresFor(text, 'nature'));
  const category = suggestionOf(
    withSymptomEvidence(withoutGeneralBilling(scoresFor(text, 'category')), [
      ...impact.slice(0, 1),
      ...nature.slice(0, 1),
    ]),
  );
  // Every fact is read here; which of them a problem needs (rulebook §2) is settled once the reading is complete.
  return {
    product: productOf(scoresFor(text, 'product')),
    tenant: suggestionOf(scoresFor(text, 'tenant')),
    category,
    impact: readImpact(text),
    nature: suggestionOf(nature),
    serviceHealth: readServiceHealth(text),
    onpremVersion: suggestionOf(scoresFor(text, 'onpremVersion')),
    language: languageOf(text),
  };
}

/**
 * How sure a suggestion must be to pre-fill, per fact: a wrong pre-fill is worse than a question.
 * Nature asks more: partners describe it in so many ways that only its explicit words are safe (R5, R6).
 */
const prefillConfidence: Partial<Record<keyof Reading, number>> = { nature: 0.8 };

/** The suggestions sure enough to pre-fill the dialog; the rest it asks for (rulebook §2, §7). */
export function suggestedFacts(reading: Reading, minConfidence = 0.5): Facts {
  const facts: Record<string, string> = {};
  for (const [fact, suggestion] of Object.entries(reading)) {
    const needed = Math.max(minConfidence, prefillConfidence[fact as keyof Reading] ?? 0);
    if (suggestion !== undefined && suggestion.confidence >= needed) facts[fact] = suggestion.value;
  }
  return facts as Facts;
}
