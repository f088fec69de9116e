import { useCallback, useEffect, useState } from 'react';
import { useAuthContext } from './context';
import { confirmPinMutation, requestPinMutation, resendPinMutation } from './operations';
import type { AuthMutationSpec } from './cache/types';
import type { AuthMutation } from './useAuthMutation';
import { mapVariables, useCacheMutation } from './useCacheMutation';

export interface PinConfirmationResult {
  /** Seconds until `resend` is allowed (0 = now). Ticks; survives reload and other tabs. */
  cooldownSeconds: number;
  /** Seconds until the last PIN sent expires (0 = expired or none sent). Ticks. */
  expiresInSeconds: number;
  canResend: boolean;
  /** Send a PIN to the e-mail (e.g. after sign-in said activation is required). */
  request: AuthMutation<void, void>;
  /** Send a new PIN (refused by the server during the cooldown). */
  resend: AuthMutation<void, void>;
  /** Confirm the PIN: activates the account and signs the customer in. */
  confirm: AuthMutation<void, string>;
}

interface PinTimes {
  cooldownSeconds: number;
  expiresInSeconds: number;
}

const NONE: PinTimes = { cooldownSeconds: 0, expiresInSeconds: 0 };

/** PIN confirmation for one e-mail (registration with `REQUIRE_PIN_CONFIRMATION`). */
export function usePinConfirmation(email: string): PinConfirmationResult {
  const { client, clock } = useAuthContext();
  const [times, setTimes] = useState<PinTimes>(NONE);

  const read = useCallback((): PinTimes => {
    if (!email) return NONE;
    const s = client.getPinState(email);
    return s ? { cooldownSeconds: s.cooldownSeconds, expiresInSeconds: s.expiresInSeconds } : NONE;
  }, [client, email]);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  // Read after mount (storage is not touched while rendering on the server), then every
  // second while mounted: the countdowns tick, and a PIN sent elsewhere (registration, another
  // tab) shows up. Re-renders only when a number changes.
  useEffect(() => {
    let handle: unknown;
    const sync = () => {
      const next = read();
      setTimes((prev) => (prev.cooldownSeconds === next.cooldownSeconds && prev.expiresInSeconds === next.expiresInSeconds ? prev : next));
    };
    const tick = () => {
      sync();
      handle = clock.setTimeout(tick, 1000);
    };
    tick();
    // The real client arriving after mount (or a session change) can change what it reads.
    const off = client.subscribe(sync);
    return () => {
      off();
      clock.clearTimeout(handle);
    };
  }, [read, clock, version, client]);

  // The spec's promise settles before the countdowns are re-read.
  const bound = <T, V>(spec: AuthMutationSpec<void, T>, map: (v: V) => T): AuthMutationSpec<void, V> => {
    const inner = mapVariables(spec, map);
    return { ...inner, mutationFn: (v: V) => inner.mutationFn(v).finally(refresh) };
  };
  const request = useCacheMutation((c) => bound(requestPinMutation(c), (_: void) => ({ email })));
  const resend = useCacheMutation((c) => bound(resendPinMutation(c), (_: void) => ({ email })));
  const confirm = useCacheMutation((c) => bound(confirmPinMutation(c), (pin: string) => ({ email, pin })));

  return { ...times, canResend: times.cooldownSeconds === 0, request, resend, confirm };
}
