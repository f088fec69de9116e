// Password reset: request a link (→ resetSent), set a new password from the link's token.
import type { FlowKernel } from './kernel';

export interface ResetActions {
  requestReset(email?: string): Promise<void>;
  /** Sets the new password with the token given by `openResetLink` (or the `resetToken` option). */
  confirmReset(password: string): Promise<void>;
  /** A reset link was opened: go to `resetConfirm` with its token (kept out of the snapshot). */
  openResetLink(token: string): void;
}

export function createResetActions(k: FlowKernel, initialToken: string | undefined): ResetActions {
  let token = initialToken ?? '';
  return {
    async requestReset(given) {
      const email = (given ?? k.get().email).trim();
      k.patch({ email });
      await k.run(() => k.port.requestPasswordReset(email), () => k.go('resetSent'));
    },
    async confirmReset(password) {
      await k.run(
        () => k.port.confirmPasswordReset(token, password),
        () => {
          token = '';
          k.patch({ status: 'success', hasResetToken: false });
        },
      );
    },
    openResetLink(next) {
      token = next;
      k.go('resetConfirm', { hasResetToken: next !== '' });
    },
  };
}
