/** Seeded PRNG (mulberry32): ids, uuids, PINs and one-time tokens are reproducible per seed. */
export interface SeededRandom {
  next(): number;
  int(maxExclusive: number): number;
  hex(length: number): string;
  digits(length: number): string;
  uuid(): string;
  /** restart the sequence (used by emulator.reset()) */
  reseed(seed: number): void;
}

export function createSeededRandom(seed: number): SeededRandom {
  const initial = (n: number): number => n >>> 0 || 0x9e3779b9;
  let state = initial(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  const hex = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i += 1) out += int(16).toString(16);
    return out;
  };
  const digits = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i += 1) out += String(int(10));
    return out;
  };
  const uuid = (): string => {
    const h = hex(32).split('');
    h[12] = '4';
    h[16] = (8 + int(4)).toString(16);
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const reseed = (n: number): void => {
    state = initial(n);
  };
  return { next, int, hex, digits, uuid, reseed };
}
