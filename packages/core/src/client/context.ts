import type { AuthApi, AuthSettings } from '../api/contract';
import type { PinTracker } from '../flows/pinTracker';
import type { Clock } from '../ports';
import type { SessionEngine } from '../session/engine';
import type { Identity } from '../session/identity';
import { replyFields, tokenRecord, type SessionProfile, type TokenReplyFields } from '../session/record';

/** What the flow modules share. */
export interface FlowContext {
  api: AuthApi;
  engine: SessionEngine;
  identity: Identity;
  clock: Clock;
  pins: PinTracker;
  /** Resolved configuration (never fetched by the browser). */
  settings: AuthSettings;
}

/** The object without its undefined-valued keys. */
export const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** Stores a customer token from any sign-in path: same uuid as the anonymous profile; the reply's `expiration`/`created` are preferred over the token's claims. */
export function commitSignIn(ctx: FlowContext, reply: TokenReplyFields, profile?: SessionProfile): void {
  const { uuid } = ctx.identity.get();
  ctx.engine.commit(
    tokenRecord({
      ...replyFields(reply),
      uuid,
      now: ctx.clock.now(),
      cause: 'signIn',
      realm: 'client',
      ...(profile ? { profile } : {}),
    }),
  );
}
