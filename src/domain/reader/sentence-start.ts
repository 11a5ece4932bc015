/** Where the sentence holding `index` starts: after the last full stop, "!", "?" or line break before it. */
export const sentenceStartAt = (text: string, index: number): number =>
  Math.max(...['.', '!', '?', '\n'].map((mark) => text.lastIndexOf(mark, index))) + 1;
