import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../testing/axe';
import { Button } from './Button';
import { FormAlert } from './FormAlert';

describe('FormAlert', () => {
  it('announces errors assertively with role=alert', async () => {
    const { container } = render(
      <FormAlert tone="error" title="Sign-in failed" action={<Button variant="link">Resend activation e-mail</Button>}>
        The e-mail or password is incorrect.
      </FormAlert>,
    );
    const region = screen.getByRole('alert');
    expect(region.getAttribute('aria-live')).toBe('assertive');
    expect(region.textContent).toContain('The e-mail or password is incorrect.');
    expect(container.querySelector('[data-slot=form-alert]')?.getAttribute('data-tone')).toBe('error');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('announces info politely with role=status', () => {
    render(<FormAlert tone="success">We sent you a new code.</FormAlert>);
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it('keeps an empty live region mounted so later messages are announced', () => {
    const { rerender } = render(<FormAlert tone="info" />);
    const region = screen.getByRole('status');
    expect(region.childElementCount).toBe(0);
    rerender(<FormAlert tone="info">Sent</FormAlert>);
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toBe('Sent');
  });
});
