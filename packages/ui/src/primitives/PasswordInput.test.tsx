import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { axeViolations } from '../testing/axe';
import { Field } from './Field';
import { PasswordInput } from './PasswordInput';
import { pl } from '../locales/pl';

describe('PasswordInput', () => {
  it('toggles visibility with a pressed toggle button and keeps autocomplete', async () => {
    const ref = createRef<HTMLInputElement>();
    const user = userEvent.setup();
    const { container } = render(
      <Field label="New password" error="Too short">
        <PasswordInput ref={ref} autoComplete="new-password" />
      </Field>,
    );
    const input = screen.getByLabelText('New password');
    expect(ref.current).toBe(input);
    expect(input.getAttribute('type')).toBe('password');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(input.id);
    expect(toggle.getAttribute('type')).toBe('button');

    await user.click(toggle);
    expect(input.getAttribute('type')).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(input.getAttribute('autocomplete')).toBe('new-password');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(toggle);
    expect(input.getAttribute('type')).toBe('password');
  });

  it('defaults to current-password and translates the toggle label', () => {
    render(<I18nProvider catalogue={pl}><PasswordInput aria-label="Hasło" disabled /></I18nProvider>);
    expect(screen.getByLabelText('Hasło').getAttribute('autocomplete')).toBe('current-password');
    expect((screen.getByRole('button', { name: 'Pokaż hasło' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
