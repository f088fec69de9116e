import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../testing/axe';
import { Spinner } from './Spinner';

describe('Spinner', () => {
  it('is a status with readable text by default', async () => {
    const { container } = render(<Spinner />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('can carry a custom label or be decorative', () => {
    const { container, rerender } = render(<Spinner label="Checking your session" />);
    expect(screen.getByRole('status').textContent).toBe('Checking your session');
    rerender(<Spinner decorative />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(container.querySelector('.sa-spinner')?.getAttribute('aria-hidden')).toBe('true');
  });
});
