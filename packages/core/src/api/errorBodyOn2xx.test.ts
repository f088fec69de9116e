import { describe, expect, it } from 'vitest';
import { AuthError } from '../errors/AuthError';
import { createManualClock } from '../testing/manualClock';
import { createApiClient } from './client';
import { createTestFetch, json } from './testFetch';

// Found by the reliability suite (hostile replies): endpoints with lenient success schemas
// (PIN confirmation, personal information) took a 200 carrying an error body for a success.
const errorBody = { status: 400, error: 'Bad Request', errorCode: 'SOMETHING', message: 'nope' };

function api(body: unknown) {
  const { fetch } = createTestFetch(() => json(200, body));
  return createApiClient({ apiKey: 'key-1', fetch, clock: createManualClock() });
}

describe('a 2xx with an error body', () => {
  it('is BAD_RESPONSE on the PIN confirmation', async () => {
    const error = await api(errorBody).confirmPin({ email: 'ann@example.com', pinCode: '123456', uuid: 'u', deviceId: 'd' }, 't').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
  });

  it('is BAD_RESPONSE on personal information (read and update)', async () => {
    await expect(api({ ...errorBody, status: 500 }).getPersonalInformation('t')).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    await expect(api(errorBody).updatePersonalInformation({ firstName: 'Ann' }, 't')).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('still accepts a profile and a bodiless PIN confirmation', async () => {
    await expect(api({ email: 'ann@example.com', firstName: 'Ann' }).getPersonalInformation('t')).resolves.toMatchObject({ email: 'ann@example.com' });
    await expect(api({}).confirmPin({ email: 'ann@example.com', pinCode: '123456', uuid: 'u', deviceId: 'd' }, 't')).resolves.toEqual({});
  });
});
