import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { Countdown, formatClock } from './Countdown';
import { pl } from '../locales/pl';

describe('formatClock', () => {
  it('formats seconds as m:ss and h:mm:ss, rounding up and clamping at 0', () => {
    expect(formatClock(299)).toBe('4:59');
    expect(formatClock(59.2)).toBe('1:00');
    expect(formatClock(3)).toBe('0:03');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(Number.NaN)).toBe('0:00');
  });
});

describe('Countdown', () => {
  it('renders a timer with the clock or a message', () => {
    const { rerender } = render(<Countdown seconds={125} />);
    expect(screen.getByRole('timer').textContent).toBe('2:05');
    rerender(<Countdown seconds={125} message="pin.expiresIn" />);
    expect(screen.getByRole('timer').textContent).toBe('The code expires in 2:05.');
    rerender(<I18nProvider catalogue={pl}><Countdown seconds={42} message="pin.resendIn" /></I18nProvider>);
    expect(screen.getByRole('timer').textContent).toBe('Wyślij ponownie za 42 s');
  });

  it('marks expiry with data-expired', () => {
    render(<Countdown seconds={0} />);
    expect(screen.getByRole('timer').hasAttribute('data-expired')).toBe(true);
  });
});
