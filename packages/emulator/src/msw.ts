import { http, HttpResponse, type RequestHandler } from 'msw';
import type { SyneriseEmulator } from './types.js';

/**
 * msw 2 handlers passing every request under `baseUrl` into `emulator.fetch`.
 * A `network-error` fault becomes `HttpResponse.error()` (the caller's fetch rejects with a TypeError);
 * a `timeout` fault waits for the caller's abort signal.
 */
export function createMswHandlers(emulator: SyneriseEmulator, options: { baseUrl?: string } = {}): RequestHandler[] {
  const base = (options.baseUrl ?? emulator.baseUrl).replace(/\/+$/, '');
  return [
    http.all(`${base}/*`, async ({ request }) => {
      try {
        return await emulator.fetch(request);
      } catch (e) {
        // network-error fault, or a timeout fault whose request was aborted (the caller's fetch
        // has already rejected with AbortError; answering quietly keeps MSW from logging it)
        if (e instanceof TypeError || (e instanceof DOMException && e.name === 'AbortError')) return HttpResponse.error();
        throw e;
      }
    }),
  ];
}
