import type { Fetch } from '../ports';

/** The platform fetch, looked up per call (so importing core touches nothing, and test spies work). */
export const globalFetch: Fetch = (request) => globalThis.fetch(request);
