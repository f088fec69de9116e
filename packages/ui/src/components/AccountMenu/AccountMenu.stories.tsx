import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AccountMenu } from './AccountMenu';
import { authStoryMeta, STORY_PASSWORD, storyCustomer } from '../storyKit';

const meta = {
  ...authStoryMeta,
  title: 'Components/AccountMenu',
  component: AccountMenu,
  // Where a shop puts it: the end of a header bar, with room below for the panel.
  decorators: [
    ...authStoryMeta.decorators,
    (Story) => (
      <div style={{ display: 'flex', justifyContent: 'flex-end', minHeight: '24rem', alignItems: 'flex-start' }}>
        <Story />
      </div>
    ),
  ],
  args: { onSignInRequested: fn(), onMyAccount: fn(), onChangePassword: fn(), onSignedOut: fn(), showSignOutEverywhere: true },
} satisfies Meta<typeof AccountMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Visitor: Story = {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Sign in' }, { timeout: 5000 })).toBeVisible();
  },
};

export const SignedIn: Story = {
  parameters: { emulator: { profiles: [storyCustomer()], signedInAs: { email: 'ann@example.com', password: STORY_PASSWORD } } },
  play: async ({ canvasElement }) => {
    const trigger = await within(canvasElement).findByRole('button', { name: 'Ann, account menu' }, { timeout: 5000 });
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  },
};

export const Open: Story = {
  parameters: SignedIn.parameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Ann, account menu' }, { timeout: 5000 }));
    await expect(await canvas.findByText('Hi, Ann!', {}, { timeout: 5000 })).toBeVisible();
  },
};
