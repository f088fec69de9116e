import type { Meta, StoryObj } from '@storybook/react-vite';
import { useAuthSettings } from '../useAuthSettings';
import { expectState, HookDemo, HookState, hookStoryMeta } from '../../../../.storybook/hookKit';

/** `useAuthSettings()`: the workspace's auth settings — configuration given to the provider, read synchronously (never requested by the browser). */
function AuthSettingsDemo() {
  const data = useAuthSettings();
  return (
    <HookDemo hook="useAuthSettings()" description="Registration type, PIN length and validity, password policy, required agreements — what the forms adapt to.">
      <HookState
        values={{
          registrationType: data.registrationType,
          activationMethod: data.activationMethod,
          pinConfirmationLength: data.pinConfirmationLength,
          pinConfirmationValidInSeconds: data.pinConfirmationValidInSeconds,
          requiredAgreements: data.requiredAgreements,
          passwordMinLength: data.passwordPolicy.minLength,
        }}
      />
    </HookDemo>
  );
}

const meta = { ...hookStoryMeta, title: 'Hooks/useAuthSettings', component: AuthSettingsDemo } satisfies Meta<typeof AuthSettingsDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'registrationType', 'AUTOMATIC');
    await expectState(canvasElement, 'pinConfirmationLength', '6');
  },
};

export const PinWorkspace: Story = {
  parameters: { emulator: { settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 4, requiredAgreements: ['email'] } } },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'registrationType', 'REQUIRE_PIN_CONFIRMATION');
    await expectState(canvasElement, 'pinConfirmationLength', '4');
    await expectState(canvasElement, 'requiredAgreements', '["email"]');
    await expectState(canvasElement, 'activationMethod', 'pin');
  },
};
