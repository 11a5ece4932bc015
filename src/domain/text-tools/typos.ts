/**
 * Key words typed a letter wrong read as meant ("custmer", "helth", "acess", "escalte"): partners type fast, and a
 * cue or a model that misses "customer" or "health" misses the fact. A word is respelt only when it is one edit (a
 * letter added, dropped or changed, or two swapped) from exactly one key word, starts with the same letter, and is
 * not itself a key word. The key words' own inflections are listed, so "healthy" or "escalated" stay as written.
 */
// The words cues and facts hang on that partners misspelt in the labelled sets ("custmer", "helth", "servcie",
// "escalte", "acess", "exhange", "tennant", "recieve", "invoce"), with their inflections.
const keyWords = [
  'customer customers health healthy service services access exchange tenant tenants invoice invoices error errors',
  'escalate escalated escalates escalating escalation escalations receive received receives receiving',
  'subscription subscriptions outage outages connect connects connected connection connections',
  'microsoft sharepoint mailbox mailboxes password passwords',
].flatMap((line) => line.split(' '));
const known = new Set(keyWords);
/** Shorter words are too often other words ("down" → "done"). */
const minimumLength = 5;

/** One edit apart: a letter added, dropped or changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function meant(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (known.has(lower)) return undefined;
  const near = keyWords.filter((key) => key[0] === lower[0] && oneEditApart(lower, key));
  return near.length === 1 ? near[0] : undefined;
}

const latinWord = new RegExp(`\\b[A-Za-z]{${minimumLength},}\\b`, 'g');

/** "Exchnage" → "Exchange": a capital stays, for the few cues that read it ("Teams"). */
const sameCase = (word: string, key: string): string =>
  word[0] === word[0]!.toUpperCase() ? key[0]!.toUpperCase() + key.slice(1) : key;

/** The text with misspelt key words respelt; everything else as written. Each distinct word is looked up once. */
export function withKeyWordsRespelt(text: string): string {
  const seen = new Map<string, string>();
  return text.replace(latinWord, (word) => {
    let respelt = seen.get(word);
    if (respelt === undefined) {
      const key = meant(word);
      respelt = key === undefined ? word : sameCase(word, key);
      seen.set(word, respelt);
    }
    return respelt;
  });
}
