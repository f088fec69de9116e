import type { RequestLogEntry } from './types.js';

export function matchesPath(path: string, pattern: string | RegExp | undefined): boolean {
  if (pattern === undefined) return true;
  if (typeof pattern === 'string') return path === pattern || path.startsWith(pattern.endsWith('/') ? pattern : `${pattern}/`);
  pattern.lastIndex = 0;
  return pattern.test(path);
}

/** Every request the emulator answered (or failed on purpose). Never holds a raw token. */
export class RequestLog {
  private list: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.list.push(entry);
  }

  entries(): RequestLogEntry[] {
    return this.list.map((e) => ({ ...e }));
  }

  count(filter?: { path?: string | RegExp; method?: string }): number {
    return this.list.filter(
      (e) =>
        matchesPath(e.path, filter?.path) && (!filter?.method || e.method.toUpperCase() === filter.method.toUpperCase()),
    ).length;
  }

  clear(): void {
    this.list = [];
  }
}
