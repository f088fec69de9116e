// PIN entry: the code's expiry countdown and the resend cooldown tick on the injected clock
// while the step is shown (their state lives in the client's PIN tracker: it survives
// reloads and is shared by tabs).
import type { TimerHandle } from '../ports';
import type { FlowKernel } from './kernel';
import type { FlowPin } from './types';

export interface PinActions {
  confirmPin(pin: string): Promise<void>;
  resendPin(): Promise<void>;
}

export interface PinStep extends PinActions {
  /** Enters the `pin` step; `send` asks the server for a code first (unless one is still valid). */
  enter(options: { length?: number; purpose: FlowPin['purpose']; send: boolean }): void;
  /** Stops the countdown (the step was left, or the flow destroyed). */
  stop(): void;
}

export function createPinStep(k: FlowKernel): PinStep {
  let timer: TimerHandle | undefined;
  // Whether a code was seen valid on this step (so 0 s left means "expired", not "none yet").
  let sawCode = false;

  function times(): Pick<FlowPin, 'cooldownSeconds' | 'expiresInSeconds' | 'canResend' | 'expired'> {
    const state = k.port.pinState(k.get().email);
    const expiresInSeconds = state?.expiresInSeconds ?? 0;
    if (expiresInSeconds > 0) sawCode = true;
    const cooldownSeconds = state?.cooldownSeconds ?? 0;
    return { cooldownSeconds, expiresInSeconds, canResend: cooldownSeconds === 0, expired: sawCode && expiresInSeconds === 0 };
  }

  function tick(): void {
    const { step, pin } = k.get();
    if (step !== 'pin' || !pin) return stop();
    k.patch({ pin: { ...pin, ...times() } });
    timer = k.clock.setTimeout(tick, 1000);
  }

  function stop(): void {
    if (timer !== undefined) k.clock.clearTimeout(timer);
    timer = undefined;
  }

  function restart(): void {
    stop();
    tick();
  }

  return {
    enter({ length, purpose, send }) {
      stop();
      sawCode = false;
      k.go('pin', { pin: { length: length ?? k.port.pinLength(), purpose, resent: false, ...times() } });
      restart();
      if (send && !(k.get().pin?.expiresInSeconds ?? 0)) {
        const { email } = k.get();
        void k.run(() => k.port.requestPin(email), () => {
          k.patch({ status: 'idle' });
          restart();
        }, restart);
      }
    },
    async confirmPin(code) {
      const { email, step } = k.get();
      if (step !== 'pin') return; // a confirmed code is used up: never sent twice
      await k.run(() => k.port.confirmPin(email, code), () => {
        stop();
        k.go('signedIn');
      });
    },
    async resendPin() {
      const { email } = k.get();
      await k.run(
        () => k.port.resendPin(email),
        () => {
          const pin = k.get().pin;
          if (pin) k.patch({ status: 'idle', pin: { ...pin, resent: true } });
          restart();
        },
        restart,
      );
    },
    stop,
  };
}
