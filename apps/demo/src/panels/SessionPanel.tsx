import { useSession, useSessionHealth } from '@synerise-auth/react';
import { fill, useStrings } from '../lib/strings';
import { usePrefs } from '../lib/prefs';
import { breakable } from '../lib/breakable';

function time(ms: number | undefined, locale: string, never: string): string {
  return ms === undefined ? never : new Date(ms).toLocaleTimeString(locale);
}

/** Live session facts so a viewer can watch refresh-before-expiry happen. */
export function SessionPanel() {
  const s = useStrings();
  const { locale } = usePrefs();
  const session = useSession();
  const health = useSessionHealth({ tick: true });
  const healthText = !health.online
    ? s.offline
    : health.refreshing
      ? s.refreshing
      : health.lastError
        ? `${health.lastError.code}${health.secondsUntilRetry !== undefined ? ` · ${fill(s.retryIn, { s: health.secondsUntilRetry })}` : ''}`
        : s.healthy;
  return (
    <section className="demo-panel" aria-labelledby="session-panel-title" data-testid="session-panel">
      <h2 id="session-panel-title">{s.sessionPanel}</h2>
      <dl className="demo-facts">
        <dt>{s.status}</dt>
        <dd data-testid="session-status" data-status={session.status}>
          <span className={`demo-dot demo-dot--${session.status}`} aria-hidden="true" />
          {session.status === 'authenticated' ? s.statusAuthenticated : session.status === 'anonymous' ? s.statusAnonymous : s.statusBooting}
        </dd>
        {session.profile?.email && (
          <>
            <dt>{s.email}</dt>
            <dd data-testid="session-email" data-email={session.profile.email}>{breakable(session.profile.email)}</dd>
          </>
        )}
        <dt>{s.realm}</dt>
        <dd data-testid="session-realm">{session.realm ?? '—'}</dd>
        <dt>{s.expires}</dt>
        <dd>
          {time(session.expiresAt, locale, '—')}
          {health.secondsUntilExpiry !== undefined && <span className="demo-muted"> ({health.secondsUntilExpiry} s)</span>}
        </dd>
        <dt>{s.nextRefresh}</dt>
        <dd data-testid="session-next-refresh">{health.secondsUntilRefresh !== undefined ? `${health.secondsUntilRefresh} s` : '—'}</dd>
        <dt>{s.lastRefresh}</dt>
        <dd data-testid="session-last-refresh">{time(health.lastRefreshAt, locale, s.never)}</dd>
        <dt>{s.health}</dt>
        <dd data-testid="session-health">{healthText}</dd>
        <dt>{s.leader}</dt>
        <dd data-testid="session-leader" data-leader={health.isLeader}>
          {health.isLeader ? s.thisTab : s.otherTab}
        </dd>
      </dl>
    </section>
  );
}
