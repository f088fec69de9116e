import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from './Field';
import { OtpInput, type OtpInputProps } from './OtpInput';

function PinField({ error, ...props }: OtpInputProps & { error?: string }) {
  const { t } = useI18n();
  return (
    <Field label={t('pin.label')} hint={t('pin.hint')} error={error}>
      <OtpInput {...props} />
    </Field>
  );
}

const meta = {
  title: 'Primitives/OtpInput',
  component: PinField,
  args: { length: 6, onComplete: fn() },
  decorators: [(Story) => <div style={{ maxWidth: '20rem' }}><Story /></div>],
} satisfies Meta<typeof PinField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.click(input);
    await userEvent.paste('Code: 123 456');
    await expect(input).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};
export const Filled: Story = { args: { defaultValue: '482913' } };
export const FourDigits: Story = { args: { length: 4, defaultValue: '12' } };
export const Wrong: Story = { args: { defaultValue: '111111', error: 'The code is incorrect. Check it and try again.' } };
export const Disabled: Story = { args: { defaultValue: '482913', disabled: true } };
