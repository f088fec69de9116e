// The live contract check: the safe calls of the endpoint table against a Synerise workspace
// (or the emulator), one row per endpoint — status, reply fields seen, mismatch with the table.
// Requests are built from the table (method, path, Api-Version); never prints a token, the
// API key, a password or a reply value other than a conditional-login status.

/**
 * @typedef {{ method: 'GET' | 'POST', path: string, auth: string, apiVersion: boolean,
 *   required: readonly string[], optional: readonly string[], inferred: boolean }} EndpointSpec
 * @typedef {Record<string, EndpointSpec>} EndpointTable
 * @typedef {{ endpoint: string, method: string, path: string, status: number | 'network', fields: string[],
 *   note: string, mismatch: string[] }} CheckRow
 * @typedef {{ baseUrl: string, apiKey: string, table: EndpointTable, register?: boolean,
 *   fetch?: (request: Request) => Promise<Response>, uuid?: () => string }} LiveCheckOptions
 */

/** Reply fields the kit reads, per endpoint (required first; the rest are used when present). */
export const EXPECTED_REPLY = {
  anonymousLogin: { required: ['token'], documented: [] },
  refresh: { required: ['token'], documented: ['expiration', 'created', 'origin', 'customId', 'realm'] },
  conditionalLogin: { required: ['status'], documented: ['conditions'] },
  requestPasswordReset: { required: [], documented: [] },
  register: { required: [], documented: [] },
};

/**
 * A token is described, never shown: a decodable JWT or opaque.
 * @param {unknown} token
 */
function tokenKind(token) {
  if (typeof token !== 'string') return 'no token';
  const payload = token.split('.')[1];
  try {
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' ? 'token: JWT' : 'token: opaque';
  } catch {
    return 'token: opaque';
  }
}

/**
 * What a refusal says about our table (the body's `errors[].field` names fields, never values).
 * @param {number} status
 * @param {any} body
 * @param {EndpointSpec} spec
 * @returns {string[]}
 */
function refusal(status, body, spec) {
  if (status === 404 || status === 405) return [`${spec.method} ${spec.path} not found (${status})`];
  if (status === 401 || status === 403) return [`refused the ${spec.auth === 'none' ? 'token-less call' : `${spec.auth} Bearer`} (${status})`];
  if (status === 400 || status === 422) {
    const fields = Array.isArray(body?.errors) ? body.errors.map((/** @type {any} */ e) => (typeof e?.field === 'string' ? e.field : '?')) : [];
    return [`body refused${fields.length ? `: ${[...new Set(fields)].join(', ')}` : ''} (${status})`];
  }
  if (status >= 300) return [`status ${status}`];
  return [];
}

/**
 * Runs the safe calls (anonymous login, refresh, conditional login for a random unknown e-mail,
 * password-reset request for it) and, with `register`, registers a throwaway address.
 * @param {LiveCheckOptions} options
 * @returns {Promise<CheckRow[]>}
 */
export async function runLiveCheck(options) {
  const { table, apiKey } = options;
  const send = options.fetch ?? ((request) => fetch(request));
  const uuid = options.uuid ?? (() => crypto.randomUUID());
  const base = options.baseUrl.replace(/\/+$/, '');
  /** @type {CheckRow[]} */
  const rows = [];

  /**
   * One call as the table describes it; returns the parsed body (or undefined).
   * @param {string} name
   * @param {Record<string, unknown>} body
   * @param {string | undefined} [token]
   * @returns {Promise<any>}
   */
  async function call(name, body, token) {
    const spec = table[name];
    if (!spec) throw new Error(`no table row ${name}`);
    const fieldsSent = Object.keys(body ?? {});
    const outside = fieldsSent.filter((f) => !spec.required.includes(f) && !spec.optional.includes(f));
    const missing = spec.required.filter((f) => !fieldsSent.includes(f));
    const headers = new Headers({ Accept: 'application/json', 'Content-Type': 'application/json' });
    if (spec.apiVersion) headers.set('Api-Version', '4.4');
    if (token) headers.set('Authorization', `Bearer ${token}`);
    /** @type {CheckRow} */
    const row = { endpoint: name, method: spec.method, path: spec.path, status: 'network', fields: [], note: '', mismatch: [] };
    if (outside.length) row.mismatch.push(`sent fields not in the table: ${outside.join(', ')}`);
    if (missing.length) row.mismatch.push(`required fields not sent: ${missing.join(', ')}`);
    rows.push(row);
    let response;
    try {
      response = await send(new Request(base + spec.path, { method: spec.method, headers, body: spec.method === 'GET' ? undefined : JSON.stringify(body ?? {}) }));
    } catch (error) {
      row.mismatch.push(`network: ${error instanceof Error ? error.name : 'error'}`);
      return undefined;
    }
    row.status = response.status;
    const text = await response.text();
    let json;
    try {
      json = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      row.note = 'non-JSON body';
    }
    if (json && typeof json === 'object' && !Array.isArray(json)) row.fields = Object.keys(json).sort();
    row.mismatch.push(...refusal(response.status, json, spec));
    const expected = EXPECTED_REPLY[/** @type {keyof typeof EXPECTED_REPLY} */ (name)];
    if (response.ok && expected) {
      const lacking = expected.required.filter((f) => !row.fields.includes(f));
      if (lacking.length) row.mismatch.push(`reply lacks ${lacking.join(', ')}`);
      const undocumented = expected.documented.filter((f) => !row.fields.includes(f));
      if (undocumented.length) row.note = [row.note, `documented but absent: ${undocumented.join(', ')}`].filter(Boolean).join('; ');
    }
    if (json && 'token' in json) row.note = [tokenKind(json.token), row.note].filter(Boolean).join('; ');
    return response.ok ? json : undefined;
  }

  const profile = uuid();
  const deviceId = uuid();
  const anonymous = await call('anonymousLogin', { apiKey, uuid: profile, deviceId });
  const token = typeof anonymous?.token === 'string' ? anonymous.token : undefined;
  const refreshed = token ? await call('refresh', { apiKey }, token) : undefined;
  const bearer = typeof refreshed?.token === 'string' ? refreshed.token : token;
  const email = `live-check+${uuid().slice(0, 8)}@example.com`;
  const password = `Lc-${uuid()}!A1`;
  const login = { apiKey, identityProvider: 'SYNERISE', email, password, uuid: profile, deviceId };
  const unknown = await call('conditionalLogin', login, bearer);
  const last = rows[rows.length - 1];
  if (last && unknown) {
    last.note = [`status ${String(unknown.status)}`, last.note].filter(Boolean).join('; ');
    if (unknown.status !== 'REGISTRATION_REQUIRED' && unknown.status !== 'UNAUTHORIZED') last.mismatch.push(`unknown e-mail answered ${String(unknown.status)}`);
  }
  await call('requestPasswordReset', { apiKey, email }, bearer);
  if (options.register) {
    await call('register', { apiKey, email, password, uuid: profile, deviceId }, bearer);
    const after = await call('conditionalLogin', login, bearer);
    const row = rows[rows.length - 1];
    if (row && after) {
      row.endpoint = 'conditionalLogin (registered)';
      row.note = [`status ${String(after.status)}`, row.note].filter(Boolean).join('; ');
    }
  }
  return rows;
}

/**
 * One line per endpoint, aligned.
 * @param {CheckRow[]} rows
 * @returns {string[]}
 */
export function formatRows(rows) {
  const cells = rows.map((r) => [
    r.endpoint,
    `${r.method} ${r.path}`,
    String(r.status),
    r.fields.join(',') || '–',
    r.note || '–',
    r.mismatch.length ? `MISMATCH: ${r.mismatch.join('; ')}` : 'ok',
  ]);
  const head = ['endpoint', 'request', 'status', 'reply fields', 'note', 'vs table'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (/** @type {string[]} */ c) => c.map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i] ?? 0))).join('  ');
  return [line(head), ...cells.map(line)];
}
