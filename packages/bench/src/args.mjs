// Tiny argument parser for the bench scripts (pure, unit-tested).

/**
 * Parses `--flag`, `--key value` and `--key=value`. Flags listed in `booleans` never take
 * a value; everything else does.
 * @param {string[]} argv
 * @param {string[]} booleans
 * @returns {Record<string, string | boolean>}
 */
export function parseArgs(argv, booleans) {
  /** @type {Record<string, string | boolean>} */
  const options = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument: ${arg}`);
    const [key = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (booleans.includes(key)) {
      options[key] = inline === undefined ? true : inline !== 'false';
    } else if (inline !== undefined) {
      options[key] = inline;
    } else {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${key} needs a value`);
      options[key] = value;
      index += 1;
    }
  }
  return options;
}

/**
 * Runs `task` over `items` with at most `limit` at a time, keeping the input order.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T, index: number) => Promise<R>} task
 * @returns {Promise<R[]>}
 */
export async function mapPool(items, limit, task) {
  /** @type {R[]} */
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(/** @type {T} */ (items[index]), index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
