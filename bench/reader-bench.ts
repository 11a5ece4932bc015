/**
 * Reading a message is linear in its length. Reads 100 KB messages
 * of repeated keywords (English, Korean, mixed, profile facts) and reports the slowest
 * median read, after a warm-up so the regular expressions are compiled.
 */
import { understandMessage } from '../src/domain/reader';

export const readerTargetMs = 50;
const messageBytes = 100_000;
const words = [
  '다운 ',
  'down ',
  'customer all users down error ',
  '고객사 전체 사용자 서비스 상태엔 아무것도 안 떠요 ',
  // The profile readers: plans named again and again, the writer's asides.
  "we're Gold, ASfP and Premier (관리 에이전트 / 다이렉트 빌) ",
];
const runs = 5;

export interface ReaderMeasurement {
  readonly word: string;
  readonly medianMs: number;
}

export function measureReading(): ReaderMeasurement[] {
  return words.map((word) => {
    const text = word.repeat(Math.ceil(messageBytes / Buffer.byteLength(word)));
    understandMessage(text, Infinity);
    // Each run reads a text of its own: the reader keeps the last text's cue forms, and a partner never sends one twice.
    const times = Array.from({ length: runs }, (_, run) => {
      const message = `${text}${run}`;
      const started = process.hrtime.bigint();
      understandMessage(message, Infinity);
      return Number(process.hrtime.bigint() - started) / 1e6;
    }).sort((a, b) => a - b);
    return { word: word.trim(), medianMs: times[Math.floor(runs / 2)]! };
  });
}
