/**
 * Benchmark output: plain-text tables for the terminal and the whole result
 * as JSON in bench/results/<timestamp>.json (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export type Cell = string | number;

export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function megabytes(bytes: number): string {
  return `${formatNumber(bytes / 1024 / 1024, 0)} MB`;
}

/** A table with a header row; numbers right-aligned, text left-aligned. */
export function table(title: string, header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? formatNumber(cell, Number.isInteger(cell) ? 0 : 1) : cell)),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...text.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[], numeric: readonly boolean[]) =>
    cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  const numeric = header.map((_, i) => rows.some((row) => typeof row[i] === 'number'));
  return [
    `\n${title}`,
    line([...header], numeric),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...text.map((row) => line(row, numeric)),
  ].join('\n');
}

export interface TargetCheck {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean;
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  return table(
    'Targets',
    ['check', 'target', 'measured', 'result'],
    checks.map((c) => [c.name, c.target, c.measured, c.pass ? 'PASS' : 'MISS']),
  );
}

export function machine(): Record<string, unknown> {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    totalMemoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** Writes the result to bench/results/[<prefix>-]<timestamp>.json and returns the path. */
export function saveResults(prefix: string | undefined, result: unknown, startedAt: Date): string {
  const directory = join(__dirname, '..', '..', 'bench', 'results');
  mkdirSync(directory, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const file = join(directory, `${prefix === undefined ? '' : `${prefix}-`}${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
