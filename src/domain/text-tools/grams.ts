/**
 * The character n-grams the trained models read (gram-model.ts): 2 to 4
 * characters of the lower-cased, normalised text, so Korean needs no tokenizer
 * and typos, particles and spacing variants still share most of their n-grams.
 */
import { normalise } from './normalise';

const nonWord = /[^\p{L}\p{N}?]+/gu;

export const gramSizes = [2, 3, 4] as const;

/** Shorter than this ("hi", "버그", "프로덕션 서비스 중단") a model has nothing to read but its prior: the cues alone read it. */
export const minimumModelText = 25;

export function textGrams(text: string): Set<string> {
  const padded = ` ${normalise(text).toLowerCase().replace(nonWord, ' ').trim()} `;
  const grams = new Set<string>();
  for (const size of gramSizes) {
    for (let i = 0; i + size <= padded.length; i++) grams.add(padded.slice(i, i + size));
  }
  return grams;
}
