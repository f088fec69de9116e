import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../testing/axe';
import { Button } from './Button';

describe('Button', () => {
  it('renders variants as data attributes and defaults to type=button', async () => {
    const { container } = render(
      <>
        <Button>Primary</Button>
        <Button variant="secondary">Secondary</Button>
        <Button variant="ghost">Ghost</Button>
        <Button variant="link" block>Link</Button>
      </>,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.dataset.variant)).toEqual(['primary', 'secondary', 'ghost', 'link']);
    expect(buttons.every((b) => b.getAttribute('type') === 'button')).toBe(true);
    expect(buttons[3]?.hasAttribute('data-block')).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is busy and disabled while loading, showing the loading text', async () => {
    const onClick = vi.fn();
    const { container } = render(<Button type="submit" loading loadingText="Signing in…" onClick={onClick}>Sign in</Button>);
    const button = screen.getByRole('button', { name: 'Signing in…' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.getAttribute('type')).toBe('submit');
    expect(button.querySelector('.sa-spinner')?.getAttribute('aria-hidden')).toBe('true');
    await userEvent.setup().click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps its label while loading without loadingText and clicks when idle', async () => {
    const onClick = vi.fn();
    const { rerender } = render(<Button loading onClick={onClick}>Save</Button>);
    expect(screen.getByRole('button', { name: 'Save' }).getAttribute('aria-busy')).toBe('true');
    rerender(<Button onClick={onClick}>Save</Button>);
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button.hasAttribute('aria-busy')).toBe(false);
    await userEvent.setup().click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
