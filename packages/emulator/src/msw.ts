import { http, HttpResponse, type RequestHandler } from 'msw';
import type { SyneriseEmulator } from './types.js';

/**
 * msw 2 handlers passing every request under `baseUrl` into `emulator.fetch`.
 * A `network-error` fault becomes `HttpResponse.error()` (the caller's fetch rejects with a TypeError).
 */
export function createMswHandlers(emulator: SyneriseEmulator, options: { baseUrl?: string } = {}): RequestHandler[] {
  const base = (options.baseUrl ?? emulator.baseUrl).replace(/\/+$/, '');
  return [
    http.all(`${base}/*`, async ({ request }) => {
      try {
        return await emulator.fetch(request);
      } catch (e) {
        if (e instanceof TypeError) return HttpResponse.error();
        throw e;
      }
    }),
  ];
}
