import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent, within } from 'storybook/test';
import { useSocialSignIn } from '../useAuthActions';
import { useSession } from '../useSession';
import { expectState, HOOK_EMAIL, HookDemo, HookState, hookCustomer, hookStoryMeta, mutationValues, type HookKit } from '../../../../.storybook/hookKit';

interface SocialDemoProps {
  /** Returns a provider identity token (here minted offline by the emulator). */
  getIdentityToken: () => Promise<string>;
}

/** `useSocialSignIn()`: sign in with a provider identity token; `mode: 'create'` creates the account. */
function SocialSignInDemo({ getIdentityToken }: SocialDemoProps) {
  const social = useSocialSignIn();
  const session = useSession((s) => s.status);
  const signIn = async (mode: 'conditional' | 'create') => social.mutate({ provider: 'GOOGLE', identityToken: await getIdentityToken(), mode });
  return (
    <HookDemo hook="useSocialSignIn()" description="The identity token comes from the provider's SDK; here the emulator mints one offline.">
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <button type="button" onClick={() => void signIn('conditional')}>
          Continue with Google
        </button>
        <button type="button" onClick={() => void signIn('create')}>
          Create an account with Google
        </button>
      </div>
      <HookState values={{ ...mutationValues(social), result: social.data?.status, session }} />
    </HookDemo>
  );
}

/** Render with a token for `email` minted by the story's emulator. */
const mintedFor = (email: string) =>
  function MintedSocialDemo(_args: SocialDemoProps, { loaded }: { loaded: Record<string, unknown> }) {
    const kit = loaded.kit as HookKit;
    return <SocialSignInDemo getIdentityToken={() => kit.emulator.identity.mint({ provider: 'GOOGLE', email })} />;
  };

const meta = {
  ...hookStoryMeta,
  title: 'Hooks/useSocialSignIn',
  component: SocialSignInDemo,
  args: { getIdentityToken: () => Promise.reject(new Error('replaced by the story')) },
  parameters: { emulator: { profiles: [hookCustomer()] } },
} satisfies Meta<typeof SocialSignInDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const KnownCustomer: Story = {
  render: mintedFor(HOOK_EMAIL),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await expectState(canvasElement, 'session', 'authenticated');
    await expectState(canvasElement, 'result', 'success');
  },
};

export const NewCustomer: Story = {
  render: mintedFor('new@example.com'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await expectState(canvasElement, 'result', 'registrationRequired');
    await userEvent.click(canvas.getByRole('button', { name: 'Create an account with Google' }));
    await expectState(canvasElement, 'session', 'authenticated');
  },
};
