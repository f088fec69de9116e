import type { Meta, StoryObj } from '@storybook/react-vite';
import { createPortal } from 'react-dom';
import { expect, within } from 'storybook/test';
import { Button } from '../primitives/Button';
import { ThemeRoot } from './ThemeRoot';

/**
 * ThemeRoot is scoped to the kit's own parts: the shop's elements inside it keep their font,
 * background and box-sizing; the kit's input and button are visible without any ThemeRoot.
 */
function ShopAroundTheKit() {
  return (
    <div>
      <ThemeRoot theme="light" data-testid="theme-root">
        <p data-testid="shop-text">Shop paragraph inside ThemeRoot</p>
        <div data-testid="shop-box" style={{ padding: '10px', inlineSize: '100px' }}>Shop box</div>
      </ThemeRoot>
      {createPortal(
        <div data-testid="bare" style={{ padding: '1rem' }}>
          <label htmlFor="bare-input">Kit input without ThemeRoot</label>
          <input id="bare-input" className="sa-input" />
          <Button>Kit button without ThemeRoot</Button>
        </div>,
        document.body,
      )}
    </div>
  );
}

const meta = { title: 'Foundations/Theme scope', component: ShopAroundTheKit } satisfies Meta<typeof ShopAroundTheKit>;
export default meta;

export const ShopIsUntouched: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = canvas.getByTestId('theme-root');
    // ThemeRoot carries tokens only: no background or font of its own.
    await expect(getComputedStyle(root).getPropertyValue('--sa-color-primary').trim()).not.toBe('');
    await expect(getComputedStyle(root).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    document.body.style.fontFamily = 'Georgia, serif';
    await expect(getComputedStyle(canvas.getByTestId('shop-text')).fontFamily).toBe('Georgia, serif');
    document.body.style.fontFamily = '';
    // Shop boxes keep the browser default box-sizing.
    await expect(getComputedStyle(canvas.getByTestId('shop-box')).boxSizing).toBe('content-box');
    // Without ThemeRoot the kit's input has a visible border and the button its primary fill.
    const body = within(document.body);
    const input = body.getByLabelText('Kit input without ThemeRoot');
    await expect(getComputedStyle(input).borderTopColor).toBe('rgb(107, 114, 128)');
    await expect(getComputedStyle(input).boxSizing).toBe('border-box');
    const button = body.getByRole('button', { name: 'Kit button without ThemeRoot' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(29, 78, 216)');
  },
};
