import { useEffect, useState } from 'react';
import { useActivation } from '@synerise-auth/react';
import { emulatorApi, type OutboxMessage } from '../lib/emulatorApi';
import { usePrefs } from '../lib/prefs';
import { breakable } from '../lib/breakable';
import { useStrings } from '../lib/strings';

/** The e-mails and PINs the emulator "sent", polled every second. */
export function OutboxPanel() {
  const s = useStrings();
  const { locale } = usePrefs();
  const [messages, setMessages] = useState<OutboxMessage[]>([]);
  const [confirmed, setConfirmed] = useState<Record<string, boolean>>({});
  const activation = useActivation();

  useEffect(() => {
    let live = true;
    const poll = () =>
      emulatorApi
        .outbox()
        .then((m) => live && setMessages((prev) => (prev.length === m.length && prev[prev.length - 1]?.id === m[m.length - 1]?.id ? prev : m)))
        .catch(() => undefined);
    void poll();
    const handle = window.setInterval(poll, 1000);
    return () => {
      live = false;
      window.clearInterval(handle);
    };
  }, []);

  const confirm = (m: OutboxMessage) => {
    if (!m.token) return;
    activation.confirm.mutate(m.token, { onSuccess: () => setConfirmed((c) => ({ ...c, [m.id]: true })) });
  };

  return (
    <section className="demo-panel" aria-labelledby="outbox-title" data-testid="outbox-panel">
      <div className="demo-panel__head">
        <h2 id="outbox-title">{s.outbox}</h2>
        <button type="button" className="demo-link" onClick={() => void emulatorApi.clearOutbox().then(() => setMessages([]))}>
          {s.clear}
        </button>
      </div>
      <p className="demo-muted demo-small">{s.outboxHint}</p>
      {messages.length === 0 ? (
        <p className="demo-muted">{s.outboxEmpty}</p>
      ) : (
        <ol className="demo-outbox" reversed>
          {[...messages].reverse().map((m) => (
            <li key={m.id} data-kind={m.kind} data-to={m.to} data-testid="outbox-message">
              <div className="demo-outbox__meta">
                <span className="demo-badge">{s[`kind${m.kind}`]}</span>
                <time dateTime={new Date(m.sentAt).toISOString()}>{new Date(m.sentAt).toLocaleTimeString(locale)}</time>
              </div>
              <p className="demo-outbox__to">{breakable(m.to)}</p>
              {m.pin && (
                <p className="demo-outbox__pin" data-testid="outbox-pin">
                  {m.pin}
                </p>
              )}
              {m.token && (m.kind === 'ACTIVATION' || m.kind === 'EMAIL_CONFIRMATION') && (
                <button type="button" className="demo-button demo-button--small" disabled={confirmed[m.id]} onClick={() => confirm(m)}>
                  {confirmed[m.id] ? s.confirmed : s.confirmInDemo}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
