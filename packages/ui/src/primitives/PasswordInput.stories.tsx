import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from './Field';
import { PasswordInput, type PasswordInputProps } from './PasswordInput';

function PasswordField({ error, ...props }: PasswordInputProps & { error?: string }) {
  const { t } = useI18n();
  return (
    <Field label={t('field.password')} error={error}>
      <PasswordInput {...props} />
    </Field>
  );
}

const meta = {
  title: 'Primitives/PasswordInput',
  component: PasswordField,
  args: { defaultValue: 'correct horse' },
  decorators: [(Story) => <div style={{ maxWidth: '24rem' }}><Story /></div>],
} satisfies Meta<typeof PasswordField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Hidden: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { pressed: false });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(canvasElement.querySelector('input')).toHaveAttribute('type', 'text');
    await expect(canvasElement.querySelector('input')).toHaveAttribute('autocomplete', 'current-password');
  },
};
export const Visible: Story = { args: { defaultVisible: true } };
export const NewPassword: Story = { args: { autoComplete: 'new-password', defaultValue: '' } };
export const WithError: Story = { args: { error: 'The password does not meet all the requirements.' } };
export const Disabled: Story = { args: { disabled: true } };
export const RightToLeft: Story = { args: { defaultVisible: true }, globals: { dir: 'rtl' } };
