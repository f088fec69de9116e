// The one JSON reader: storage records, tokens and server bodies all go through it.

/**
 * JSON.parse that never throws (`undefined` for null input or invalid JSON: JSON itself never
 * yields `undefined`) and drops `__proto__` keys, so nothing downstream can be prototype-polluted.
 */
export function parseJson(text: string | null | undefined): unknown {
  try {
    return JSON.parse(text as string, (key, value: unknown) => (key === '__proto__' ? undefined : value));
  } catch {
    return undefined;
  }
}
