import { describe, expect, it } from 'vitest';
import { PATHS, anonymous, post, setup, signIn } from '../../test/helpers.js';

const NEW = { email: 'Nina@Example.com', password: 'Valid-pass1', firstName: 'Nina', lastName: 'N', agreements: { email: true } };

describe('registration', () => {
  it('AUTOMATIC: active at once, no mail, anonymous history becomes the customer', async () => {
    const { emu } = setup();
    const anon = await anonymous(emu, 'anon-nina');
    const r = await post(emu, PATHS.register, NEW, anon);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ registrationType: 'AUTOMATIC', activated: true, confirmation: 'NONE' });
    expect(emu.getProfile('nina@example.com')).toMatchObject({
      uuid: 'anon-nina',
      activated: true,
      emailConfirmed: false,
      firstName: 'Nina',
      agreements: expect.objectContaining({ email: true }),
      mergedAnonymousUuids: ['anon-nina'],
    });
    expect(emu.outbox.all()).toEqual([]);
    expect((await signIn(emu, 'nina@example.com', 'Valid-pass1')).status).toBe(200);
  });

  it('REQUIRE_EMAIL_CONFIRMATION: login works, confirmation mail with link and token', async () => {
    const { emu } = setup({ settings: { registrationType: 'REQUIRE_EMAIL_CONFIRMATION', confirmationRedirectLink: 'https://shop.example/confirm' } });
    const r = await post(emu, PATHS.register, NEW, await anonymous(emu));
    expect(r.body).toMatchObject({ activated: true, confirmation: 'EMAIL' });
    expect((await signIn(emu, 'nina@example.com', 'Valid-pass1')).status).toBe(200);
    const mail = emu.outbox.latest('nina@example.com', 'EMAIL_CONFIRMATION');
    expect(mail?.link).toBe(`https://shop.example/confirm?action=email_confirmation&token=${mail?.token ?? ''}`);
    expect((await post(emu, PATHS.activationConfirm, { token: mail?.token }, await anonymous(emu))).status).toBe(204);
    expect(emu.getProfile('nina@example.com')?.emailConfirmed).toBe(true);
  });

  it('REQUIRE_ACTIVATION: login refused until the link is confirmed; the token is single use', async () => {
    const { emu } = setup({ settings: { registrationType: 'REQUIRE_ACTIVATION' } });
    const anon = await anonymous(emu);
    expect((await post(emu, PATHS.register, NEW, anon)).body).toMatchObject({ activated: false, confirmation: 'ACTIVATION_EMAIL' });
    expect((await signIn(emu, 'nina@example.com', 'Valid-pass1')).body['errorCode']).toBe('ACCOUNT_NOT_ACTIVATED');
    const token = emu.outbox.latest('nina@example.com', 'ACTIVATION')?.token;
    expect(token).toMatch(/^[0-9a-f]{40}$/);
    expect((await post(emu, PATHS.activationConfirm, { token })).status).toBe(401);
    expect((await post(emu, PATHS.activationConfirm, { token }, anon)).status).toBe(204);
    expect((await signIn(emu, 'nina@example.com', 'Valid-pass1')).status).toBe(200);
    const again = await post(emu, PATHS.activationConfirm, { token }, anon);
    expect(again.body).toMatchObject({ status: 400, errorCode: 'TOKEN_INVALID' });
  });

  it('activation request re-sends the mail (204 always); old links expire after 24 h', async () => {
    const { emu, clock } = setup({ tokenTtlSeconds: 48 * 3600, settings: { registrationType: 'REQUIRE_ACTIVATION' } });
    const anon = await anonymous(emu);
    await post(emu, PATHS.register, NEW, anon);
    expect((await post(emu, PATHS.activationRequest, { email: 'nina@example.com' })).body['errorCode']).toBe('JWT_MISSING');
    expect((await post(emu, PATHS.activationRequest, { email: 'nina@example.com' }, anon)).status).toBe(204);
    expect((await post(emu, PATHS.activationRequest, { email: 'ghost@example.com' }, anon)).status).toBe(204);
    expect(emu.outbox.all().filter((m) => m.kind === 'ACTIVATION')).toHaveLength(2);
    const token = emu.outbox.latest('nina@example.com', 'ACTIVATION')?.token;
    clock.advance(24 * 3600_000);
    expect((await post(emu, PATHS.activationConfirm, { token }, anon)).body['errorCode']).toBe('TOKEN_EXPIRED');
  });

  it('REQUIRE_PIN_CONFIRMATION: inactive, PIN of the configured length in the outbox', async () => {
    const { emu, clock } = setup({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'EVERYONE', pinConfirmationLength: 4 } });
    const r = await post(emu, PATHS.register, NEW, await anonymous(emu, 'u', 'dev-1'));
    expect(r.body).toMatchObject({ activated: false, confirmation: 'PIN' });
    const mail = emu.outbox.latest('nina@example.com', 'PIN');
    expect(mail?.pin).toMatch(/^\d{4}$/);
    expect(mail?.expiresAt).toBe(clock.now() + 300_000);
    expect(emu.getProfile('nina@example.com')?.pendingPin).toMatchObject({ deviceId: 'dev-1', uuid: 'u' });
    expect((await signIn(emu, 'nina@example.com', 'Valid-pass1')).body).toMatchObject({ errorCode: 'ACCOUNT_NOT_ACTIVATED', activationMethod: 'PIN' });
  });

  it('ON_CONFLICT_WITH_EXTERNAL_ACCOUNT (the documented default): PIN only when the e-mail belongs to a social-only account', async () => {
    expect(setup().emu.settings.pinConfirmationType).toBe('ON_CONFLICT_WITH_EXTERNAL_ACCOUNT');
    const { emu } = setup({
      settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' },
      profiles: [{ email: 'fb@example.com', identities: [{ provider: 'FACEBOOK', subject: 'f1' }] }],
    });
    const anon = await anonymous(emu);
    expect((await post(emu, PATHS.register, NEW, anon)).body).toMatchObject({ activated: true, confirmation: 'NONE' });
    const conflict = await post(emu, PATHS.register, { email: 'fb@example.com', password: 'Valid-pass1' }, anon);
    expect(conflict.body).toMatchObject({ confirmation: 'PIN' });
    const pin = emu.outbox.latest('fb@example.com', 'PIN')?.pin;
    const ok = await post(emu, PATHS.pinConfirm, { email: 'fb@example.com', pinCode: pin }, anon);
    expect(ok.status).toBe(200);
    expect((await signIn(emu, 'fb@example.com', 'Valid-pass1')).status).toBe(200);
  });

  it('e-mail is unique: 409 EMAIL_ALREADY_EXISTS with a field error', async () => {
    const { emu } = setup();
    const r = await post(emu, PATHS.register, { email: 'ANN@example.com', password: 'Valid-pass1' }, await anonymous(emu));
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ errorCode: 'EMAIL_ALREADY_EXISTS', errors: [expect.objectContaining({ field: 'email', code: 'ALREADY_EXISTS' })] });
  });

  it('enforces the password policy with one error per violated rule, never echoing the password', async () => {
    const { emu } = setup();
    const r = await post(emu, PATHS.register, { email: 'p@example.com', password: 'abc' }, await anonymous(emu));
    expect(r.status).toBe(400);
    expect(r.body['errorCode']).toBe('PASSWORD_POLICY_VIOLATION');
    const errors = r.body['errors'] as Array<Record<string, unknown>>;
    expect(errors.map((e) => e.code)).toEqual(['PASSWORD_TOO_SHORT', 'PASSWORD_MISSING_UPPERCASE', 'PASSWORD_MISSING_NUMBER', 'PASSWORD_MISSING_NON_ALPHANUMERIC']);
    expect(errors.every((e) => e.field === 'password' && e.rejectedValue === null)).toBe(true);
    expect(JSON.stringify(r.body)).not.toContain('abc"');
    const long = await post(emu, PATHS.register, { email: 'p@example.com', password: `Aa1!${'x'.repeat(200)}` }, await anonymous(emu));
    expect((long.body['errors'] as Array<Record<string, unknown>>).map((e) => e.code)).toEqual(['PASSWORD_TOO_LONG']);
  });

  it('treats Unicode letters as upper/lower case and follows a relaxed policy', async () => {
    const { emu } = setup();
    expect((await post(emu, PATHS.register, { email: 'u@example.com', password: 'Łódź-ż1' }, await anonymous(emu))).status).toBe(200);
    emu.updateSettings({ passwordPolicy: { minLength: 3, maxLength: 8, requireAtLeastOneLowercase: false, requireAtLeastOneUppercase: false, requireAtLeastOneNumber: false, requireAtLeastOneNonAlphaNumeric: false } });
    expect((await post(emu, PATHS.register, { email: 'v@example.com', password: 'abc' }, await anonymous(emu))).status).toBe(200);
  });

  it('a signed-in profile token is accepted too (refusing it would be invented)', async () => {
    const { emu } = setup();
    const client = (await signIn(emu)).body['token'] as string;
    expect((await post(emu, PATHS.register, { ...NEW, email: 'other@example.com' }, client)).status).toBe(200);
  });

  it('validates e-mail and requires a Bearer token', async () => {
    const { emu } = setup();
    const bad = await post(emu, PATHS.register, { email: 'not-an-email', password: 'Valid-pass1' }, await anonymous(emu));
    expect(bad.body).toMatchObject({ errorCode: 'VALIDATION_ERROR', errors: [expect.objectContaining({ field: 'email', code: 'INVALID_FORMAT', rejectedValue: 'not-an-email' })] });
    expect((await post(emu, PATHS.register, NEW)).status).toBe(401);
  });
});
