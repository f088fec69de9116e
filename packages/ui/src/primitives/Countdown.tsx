import type { MessageKey } from '../i18n/types';
import { useI18n } from '../i18n/I18nProvider';
import { cx } from './cx';

/** Formats whole seconds as m:ss (or h:mm:ss); negative values count as 0. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(Number.isFinite(totalSeconds) ? totalSeconds : 0));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export interface CountdownProps {
  /** Remaining seconds. The component does not tick: feed it from a clock-driven hook. */
  seconds: number;
  /** Message with `{time}` (m:ss) and/or `{seconds}`, e.g. "pin.expiresIn" or "pin.resendIn". */
  message?: MessageKey;
  className?: string;
}

/** Remaining-time text. role="timer" keeps screen readers from announcing every tick. */
export function Countdown({ seconds, message, className }: CountdownProps) {
  const { t } = useI18n();
  const whole = Math.max(0, Math.ceil(seconds));
  const time = formatClock(whole);
  return (
    <span role="timer" className={cx('sa-countdown', className)} data-slot="countdown" data-expired={whole === 0 || undefined}>
      {message ? t(message, { time, seconds: whole }) : time}
    </span>
  );
}
