import type { PersonalInformation } from '../api/contract';
import { isSignedIn, tombstone } from '../session/record';
import type { FlowContext } from './context';
import { callWithSession } from './sessionCall';
import type { SignOutOptions } from './types';

// Signed-in calls (each gets its token from ensureSignedInToken, never a stale one; a 401
// re-checks the session, see sessionCall.ts) and sign-out.

export function createAccountFlows(ctx: FlowContext) {
  const signedIn = <T>(call: (token: string) => Promise<T>): Promise<T> => callWithSession(ctx.engine, call, { signedIn: true });
  return {
    getAccount(): Promise<PersonalInformation> {
      return signedIn((token) => ctx.api.getPersonalInformation(token));
    },
    updateAccount(patch: Partial<PersonalInformation>): Promise<PersonalInformation> {
      return signedIn((token) => ctx.api.updatePersonalInformation(patch, token));
    },
    async changePassword(oldPassword: string, newPassword: string): Promise<void> {
      await signedIn((token) => ctx.api.changePassword({ oldPassword, password: newPassword, deviceId: ctx.identity.get().deviceId }, token));
    },
    /**
     * Every tab turns anonymous at once (a token-less record is stored first), then the logout
     * call is made best effort (a network failure still signs out locally), then a new
     * anonymous session starts — with the same uuid, or a new one in `clearSession` mode.
     */
    async signOut(options: SignOutOptions = {}): Promise<void> {
      await ctx.engine.start();
      const clear = options.mode === 'clearSession';
      const signedIn = isSignedIn(ctx.engine.current());
      if (!signedIn && !clear) return;
      const token = ctx.engine.usableToken();
      if (clear) ctx.identity.regenerateUuid();
      ctx.engine.commit(tombstone(ctx.identity.get().uuid, 'signOut', ctx.clock.now()));
      if (token) {
        const body = { mode: clear ? 'LOGOUT_WITH_SESSION_CLEARING' : 'LOGOUT', ...(options.fromAllDevices !== undefined ? { fromAllDevices: options.fromAllDevices } : {}) } as const;
        await ctx.api.logout(body, token).catch(() => undefined);
      }
      await ctx.engine.ensureValidToken().catch(() => undefined);
    },
  };
}
