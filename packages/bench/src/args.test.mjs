import { describe, expect, it } from 'vitest';
import { mapPool, parseArgs } from './args.mjs';

describe('parseArgs', () => {
  it('reads boolean flags, --key value and --key=value', () => {
    expect(parseArgs(['--write', '--only', 'clerk,ory', '--concurrency=3'], ['write'])).toEqual({ write: true, only: 'clerk,ory', concurrency: '3' });
    expect(parseArgs(['--json=false'], ['json'])).toEqual({ json: false });
  });

  it('rejects stray arguments and options without a value', () => {
    expect(() => parseArgs(['clerk'], [])).toThrow('Unexpected argument: clerk');
    expect(() => parseArgs(['--dir'], [])).toThrow('--dir needs a value');
    expect(() => parseArgs(['--dir', '--keep'], ['keep'])).toThrow('--dir needs a value');
  });
});

describe('mapPool', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapPool([30, 10, 20, 5], 2, async (delay, index) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running -= 1;
      return index * 10;
    });
    expect(results).toEqual([0, 10, 20, 30]);
    expect(peak).toBe(2);
  });

  it('handles an empty list', async () => {
    expect(await mapPool([], 4, async () => 1)).toEqual([]);
  });
});
