/** The free-text reader (rulebook §7): suggestions for facts from English or Korean text; the user confirms. */
export { readText, suggestedFacts, type Reading, type Suggestion } from './read-text';
export type { CuedFact, CuedValues } from './cues';
export { readLimit, understandMessage, type Understanding } from './understand';
