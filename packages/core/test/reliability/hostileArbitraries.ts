import * as fc from 'fast-check';

// Generated malformed or hostile HTTP replies. Every generated string carries MARK so a test
// can tell if server text leaked into an error message, the snapshot or the console.

export const MARK = '<<HOSTILE>>';

export type HostileKind =
  | 'wrongShape' | 'html' | 'truncated' | 'protoKeys' | 'errorBody200' | 'redirect' | 'noContent'
  | 'rateLimited' | 'serverError' | 'huge' | 'hugeShape' | 'clientError' | 'missingFields';

export interface HostileReply {
  kind: HostileKind;
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

const marked = fc.string({ maxLength: 20 }).map((s) => `${MARK}${s}`);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }), marked,
);
const notString: fc.Arbitrary<unknown> = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(marked, { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 4 }), marked, { maxKeys: 2 }));
const json = { 'Content-Type': 'application/json' };
const errorBody = fc.record({
  status: junk, error: junk, message: junk, errorCode: junk, path: junk, timestamp: junk,
  errors: fc.oneof(junk, fc.array(fc.record({ code: junk, field: junk, message: junk, rejectedValue: junk }), { maxLength: 3 })),
}, { requiredKeys: [] });

/** 200 JSON that no success schema accepts: every field a schema requires or types is of a wrong (non-null) type. */
const wrongShape = fc.record({ extra: fc.dictionary(fc.string({ maxLength: 8 }), junk, { maxKeys: 4 }), token: notString, status: notString, email: notString, registrationType: notString })
  .map(({ extra, ...wrong }): HostileReply => {
    const fix = (v: unknown): unknown => (v === null ? 42 : v);
    const body = { ...extra, token: fix(wrong.token), status: fix(wrong.status), email: fix(wrong.email), registrationType: fix(wrong.registrationType) };
    return { kind: 'wrongShape', status: 200, headers: json, body: JSON.stringify(body) };
  });

/** 200 JSON without the fields a token / conditional / settings reply needs. */
const missingFields = fc.dictionary(fc.string({ maxLength: 8 }).filter((k) => !['token', 'status', 'registrationType', '__proto__'].includes(k)), junk, { maxKeys: 4 })
  .map((body): HostileReply => ({ kind: 'missingFields', status: 200, headers: json, body: JSON.stringify(body) }));

const html = fc.record({ status: fc.constantFrom(200, 403, 500, 502, 503), title: marked }).map(({ status, title }): HostileReply => ({
  kind: 'html', status, headers: { 'Content-Type': 'text/html' }, body: `<!doctype html><html><head><title>${title}</title></head><body><h1>Gateway</h1></body></html>`,
}));

const truncated = fc.record({ cut: fc.nat(), status: fc.constantFrom(200, 400, 401, 500) }).map(({ cut, status }): HostileReply => {
  const full = JSON.stringify({ token: `${MARK}eyJhbGciOi`, status: 'SUCCESS', conditions: [], errorCode: MARK });
  return { kind: 'truncated', status, headers: json, body: full.slice(0, 1 + (cut % (full.length - 1))) };
});

const protoKeys = fc.record({ status: fc.constantFrom(200, 400, 401, 403, 409, 500), payload: fc.dictionary(fc.string({ maxLength: 6 }), junk, { maxKeys: 3 }) })
  .map(({ status, payload }): HostileReply => ({
    kind: 'protoKeys', status, headers: json,
    // Written as text: JSON.stringify would not emit a real "__proto__" key.
    body: `{"__proto__":{"polluted":"${MARK}","token":"${MARK}","status":"SUCCESS"},"constructor":{"prototype":{"polluted":"${MARK}"}},"errorCode":"${status >= 400 ? 'X' : ''}","status":${status >= 400 ? status : 500},"extra":${JSON.stringify(payload)}}`,
  }));

const errorBody200 = errorBody.map((body): HostileReply => ({
  kind: 'errorBody200', status: 200, headers: json, body: JSON.stringify({ ...body, status: 400, error: 'Bad Request', errorCode: `${MARK}CODE` }),
}));

const redirect = fc.record({ status: fc.constantFrom(301, 302, 303, 307, 308), to: marked }).map(({ status, to }): HostileReply => ({
  kind: 'redirect', status, headers: { Location: `https://evil.example/${encodeURIComponent(to)}` }, body: null,
}));

const noContent = fc.constant<HostileReply>({ kind: 'noContent', status: 204, headers: {}, body: null });

const retryAfter = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map(String), fc.integer({ min: -100, max: -1 }).map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()), marked.map((s) => s.replace(/[^\x20-\x7e]/g, '')), fc.constant('1e309'), fc.constant(''),
);
const rateLimited = fc.record({ retryAfter: fc.option(retryAfter, { nil: undefined }), body: fc.option(errorBody, { nil: undefined }) }).map(({ retryAfter: ra, body }): HostileReply => ({
  kind: 'rateLimited', status: 429, headers: { ...json, ...(ra !== undefined ? { 'Retry-After': ra } : {}) }, body: body === undefined ? '' : JSON.stringify(body),
}));

const serverError = fc.record({ status: fc.integer({ min: 500, max: 599 }), body: fc.option(errorBody, { nil: undefined }) }).map(({ status, body }): HostileReply => ({
  kind: 'serverError', status, headers: json, body: body === undefined ? `${MARK} upstream error` : JSON.stringify(body),
}));

const big = (size: number): string => MARK + 'A'.repeat(size);
const hugeSize = fc.integer({ min: 100_000, max: 2_000_000 });

/** Error replies with huge texts: messages, codes, thousands of field errors. */
const huge = fc.record({ size: hugeSize, status: fc.constantFrom(200, 400, 401, 500), where: fc.constantFrom('message', 'errorCode', 'errors') })
  .map(({ size, status, where }): HostileReply => {
    const body = where === 'errors'
      ? { status: status === 200 ? 400 : status, errorCode: 'X', errors: Array.from({ length: 5_000 }, () => ({ code: big(50), field: 'email', message: MARK })) }
      : { status: status === 200 ? 400 : status, error: MARK, [where]: big(size) };
    return { kind: 'huge', status, headers: json, body: JSON.stringify(body) };
  });

/** 200 with huge values of the wrong type in the fields a success needs. */
const hugeShape = hugeSize.map((size): HostileReply => ({
  kind: 'hugeShape', status: 200, headers: json, body: JSON.stringify({ token: [big(size)], status: { big: big(size) }, email: [big(10)], registrationType: 7 }),
}));

const clientError = fc.record({ status: fc.integer({ min: 400, max: 499 }).filter((s) => s !== 429), body: fc.oneof(errorBody.map((b) => JSON.stringify(b)), marked, fc.constant('')) })
  .map(({ status, body }): HostileReply => ({ kind: 'clientError', status, headers: json, body }));

export const ALL_KINDS: Record<HostileKind, fc.Arbitrary<HostileReply>> = {
  wrongShape, missingFields, html, truncated, protoKeys, errorBody200, redirect, noContent, rateLimited, serverError, huge, hugeShape, clientError,
};

export function hostileReply(kinds: readonly HostileKind[]): fc.Arbitrary<HostileReply> {
  return fc.oneof(...kinds.map((kind) => ALL_KINDS[kind]));
}

export function toResponse(reply: HostileReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}
