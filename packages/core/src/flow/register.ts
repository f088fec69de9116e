// Registration: the server's outcome (per workspace registration type) picks the next step.
import type { FlowKernel } from './kernel';
import type { FlowRegisterInput } from './types';

export interface RegisterActions {
  register(input: FlowRegisterInput): Promise<void>;
}

export function createRegisterActions(k: FlowKernel, pinStep: (length: number) => void): RegisterActions {
  return {
    async register(input) {
      const email = input.email.trim();
      k.patch({ email });
      await k.run(
        () => k.port.register({ ...input, email }),
        (result) => {
          switch (result.status) {
            case 'pinRequired':
              return pinStep(result.pinLength);
            case 'activationRequired':
              return k.go('activationPending');
            case 'checkEmail':
              return k.go('checkEmail', { signedIn: result.signedIn });
            case 'signInRequired':
              // The account exists but the server did not sign the customer in: sign in separately.
              return k.go('signIn');
            default:
              return k.go('signedIn');
          }
        },
      );
    },
  };
}
