import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as fc from 'fast-check';

// Shared settings and reporting of the reliability suite.
// RELIABILITY_RUNS: runs per property (default 500 when CI=true, else 100).
// RELIABILITY_SEED / RELIABILITY_PATH: replay one failing run (printed on failure).
// RELIABILITY_OUT: a JSON-lines file the figures of each property are appended to.

export interface PropertyFigures {
  property: string;
  runs: number;
  steps: number;
  simulatedHours: number;
  faults: number;
  failures: number;
  /** Extra figures (requests per minute, replies per endpoint, …). */
  notes?: Record<string, number | string>;
}

const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

export function runCount(scale = 1): number {
  const explicit = Number(env['RELIABILITY_RUNS']);
  const base = Number.isFinite(explicit) && explicit > 0 ? explicit : env['CI'] === 'true' ? 500 : 100;
  return Math.max(1, Math.round(base * scale));
}

export function fcParams<T>(numRuns: number): fc.Parameters<T> {
  const seed = Number(env['RELIABILITY_SEED']);
  const path = env['RELIABILITY_PATH'];
  return {
    numRuns,
    ...(Number.isFinite(seed) && env['RELIABILITY_SEED'] ? { seed } : {}),
    ...(path ? { path } : {}),
    verbose: 1,
    // A run that hangs fails instead of blocking the suite; RELIABILITY_SHRINK=0 reports the first failure unshrunk.
    timeout: 60_000,
    ...(env['RELIABILITY_SHRINK'] === '0' ? { endOnFailure: true } : {}),
  };
}

/** Runs a property with fast-check and throws a readable report (seed, path, how to replay) on failure. */
export async function checkProperty<T>(name: string, property: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<fc.RunDetails<T>> {
  const details = await fc.check(property, params);
  if (details.failed) {
    const replay = `RELIABILITY_SEED=${details.seed} RELIABILITY_PATH="${details.counterexamplePath ?? ''}" pnpm test:reliability`;
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    const message = `${fc.defaultReportMessage(details) ?? 'property failed'}\nError: ${cause}\nReplay: ${replay}`;
    console.error(`PROPERTY ${name} FAILED seed=${details.seed} path=${details.counterexamplePath ?? ''}\n${replay}`);
    throw new Error(message);
  }
  return details;
}

export function report(figures: PropertyFigures): void {
  const notes = Object.entries(figures.notes ?? {}).map(([key, value]) => ` ${key}=${value}`).join('');
  const line =
    `PROPERTY ${figures.property} runs=${figures.runs} steps=${figures.steps} ` +
    `simulatedHours=${Math.round(figures.simulatedHours)} faults=${figures.faults} failures=${figures.failures}${notes}`;
  // eslint-disable-next-line no-console -- the summary line is the output of this suite
  console.log(line);
  const out = env['RELIABILITY_OUT'];
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    appendFileSync(out, `${JSON.stringify({ ...figures, simulatedHours: Math.round(figures.simulatedHours) })}\n`);
  }
}
