import type { KeyPair } from './jwt.js';
import type { Outbox } from './outbox.js';
import type { SeededRandom } from './random.js';
import type { Store } from './store.js';
import type { OAuthProviderSettings, OutboxKind, WorkspaceSettings } from './types.js';

/** Everything a handler may use. Built once per emulator; `settings`/`tokenTtlSeconds` are live. */
export interface Ctx {
  readonly store: Store;
  readonly random: SeededRandom;
  readonly outbox: Outbox;
  readonly apiKeys: ReadonlySet<string>;
  readonly workspaceApiKey: string;
  /** issue opaque (non-JWT) profile tokens */
  readonly opaqueTokens: boolean;
  readonly oauth: OAuthProviderSettings;
  readonly keys: KeyPair;
  readonly idpKeys: KeyPair;
  now(): number;
  settings(): WorkspaceSettings;
  tokenTtlSeconds(): number;
}

export { authenticate, authenticateOptional, issueToken, issueWorkspaceToken, type AuthInfo, type IssuedSession } from './tokens.js';

const ONE_TIME_TOKEN_TTL_MS = 24 * 3600 * 1000;

export function newOneTimeToken(ctx: Ctx): { value: string; expiresAt: number } {
  return { value: ctx.random.hex(40), expiresAt: ctx.now() + ONE_TIME_TOKEN_TTL_MS };
}

const SUBJECTS: Record<OutboxKind, string> = {
  ACTIVATION: 'Activate your account',
  EMAIL_CONFIRMATION: 'Confirm your e-mail address',
  PIN: 'Your confirmation code',
  PASSWORD_RESET: 'Reset your password',
};

export function sendMail(
  ctx: Ctx,
  to: string,
  kind: OutboxKind,
  payload: { token?: string; pin?: string; expiresAt?: number },
): void {
  const base = ctx.settings().confirmationRedirectLink;
  const link = payload.token
    ? `${base}${base.includes('?') ? '&' : '?'}action=${kind.toLowerCase()}&token=${encodeURIComponent(payload.token)}`
    : undefined;
  const text = payload.pin
    ? `Your code is ${payload.pin}.`
    : `Open this link to continue: ${link ?? ''}`;
  ctx.outbox.push({
    id: `msg-${ctx.random.hex(12)}`,
    to,
    kind,
    sentAt: ctx.now(),
    subject: SUBJECTS[kind],
    text,
    ...(link ? { link } : {}),
    ...(payload.token ? { token: payload.token } : {}),
    ...(payload.pin ? { pin: payload.pin } : {}),
    ...(payload.expiresAt !== undefined ? { expiresAt: payload.expiresAt } : {}),
  });
}
