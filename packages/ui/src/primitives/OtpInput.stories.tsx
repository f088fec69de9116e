import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { StoryContext } from '@storybook/react-vite';
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

/** Every digit the field draws sits in the middle of its box, and the field never scrolls. */
async function expectDigitsCentred({ canvasElement }: Pick<StoryContext, 'canvasElement'>) {
  const input = within(canvasElement).getByRole<HTMLInputElement>('textbox');
  await userEvent.click(input);
  await userEvent.keyboard('{End}');
  const style = getComputedStyle(input);
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('no canvas');
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const ch = context.measureText('0').width;
  const start = input.getBoundingClientRect().left + parseFloat(style.paddingLeft);
  const step = ch + parseFloat(style.letterSpacing);
  const boxes = Array.from(canvasElement.querySelectorAll('.sa-otp-box'), (box) => box.getBoundingClientRect());
  const offsets = boxes.slice(0, input.value.length).map((box, i) => Math.round(Math.abs(start + i * step + ch / 2 - (box.left + box.width / 2))));
  await expect(offsets.every((offset) => offset <= 1)).toBe(true);
  await expect(input.scrollLeft).toBe(0);
  await expect(canvasElement.querySelector('.sa-otp-track')?.scrollLeft).toBe(0);
  await expect(boxes.at(-1)?.right).toBeLessThanOrEqual(canvasElement.querySelector('.sa-otp')?.getBoundingClientRect().right ?? 0);
  await expect(canvasElement.querySelector('[data-slot="otp-boxes"]')?.textContent).toBe('');
}

/** A full code: each digit centred in its box, the last box marked. */
export const Centred: Story = { args: { defaultValue: '482913' }, play: expectDigitsCentred };
/** A narrow column (phone, zoom): the font shrinks so all boxes fit, digits stay centred. */
export const Narrow: Story = {
  args: { defaultValue: '4829' },
  decorators: [(Story) => <div style={{ maxWidth: '11rem' }}><Story /></div>],
  play: expectDigitsCentred,
};
/** Right-to-left page: the code still reads left to right. */
export const RightToLeft: Story = {
  args: { defaultValue: '123' },
  decorators: [(Story) => <div dir="rtl"><Story /></div>],
  play: expectDigitsCentred,
};
