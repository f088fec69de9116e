// A component that uses every hook of the package (server-rendering and hydration tests).
import {
  useAccount,
  useActivation,
  useAuthSettings,
  useChangePassword,
  useConditionalSignIn,
  usePasswordPolicy,
  usePasswordReset,
  usePinConfirmation,
  useRegister,
  useSession,
  useSessionHealth,
  useSignIn,
  useSignOut,
  useSocialSignIn,
} from '../src/index';

export function AllHooks() {
  const status = useSession((s) => s.status);
  const session = useSession();
  const health = useSessionHealth({ tick: true });
  const signIn = useSignIn();
  const conditional = useConditionalSignIn();
  const social = useSocialSignIn();
  const signOut = useSignOut();
  const register = useRegister();
  const pin = usePinConfirmation('ann@example.com');
  const activation = useActivation();
  const reset = usePasswordReset();
  const change = useChangePassword();
  const account = useAccount();
  const settings = useAuthSettings();
  const policy = usePasswordPolicy();
  const pending = [signIn, conditional, social, signOut, register, pin.confirm, activation.request, reset.request, change].some((m) => m.isPending);
  return (
    <section data-status={status}>
      <p>status: {status}</p>
      <p>uuid: {session.uuid ?? 'none'}</p>
      <p>refresh in: {health.secondsUntilRefresh ?? '-'}</p>
      <p>pending: {String(pending)}</p>
      <p>pin cooldown: {pin.cooldownSeconds}</p>
      <p>account: {account.isLoading ? 'loading' : (account.data?.email ?? 'none')}</p>
      <p>settings: {settings.registrationType}</p>
      <input type="password" aria-label="Password" minLength={policy.minLength} maxLength={policy.maxLength} data-rules={policy.passwordRules} />
    </section>
  );
}
