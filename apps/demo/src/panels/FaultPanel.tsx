import { useState, type FormEvent } from 'react';
import { emulatorApi, FAULT_KINDS, type FaultKind } from '../lib/emulatorApi';

const PATHS = [
  { path: '/sauth/v3/auth/refresh/client', label: 'token refresh' },
  { path: '/sauth/v3/auth/login/client', label: 'sign-in' },
  { path: '/sauth/clients/registered', label: 'registration' },
  { path: '', label: 'any request' },
];

/** Fault injection: the next N matching requests fail the chosen way. */
export function FaultPanel() {
  const [kind, setKind] = useState<FaultKind>('server-error');
  const [path, setPath] = useState(PATHS[0]?.path ?? '');
  const [count, setCount] = useState(1);
  const [note, setNote] = useState('');

  async function inject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await emulatorApi.injectFault(kind, { count, ...(path ? { path } : {}) });
    setNote(`Next ${count} ${path ? PATHS.find((p) => p.path === path)?.label : 'request'}(s) will fail with ${kind}.`);
  }

  return (
    <form className="demo-panel demo-grid-form" onSubmit={(e) => void inject(e)} aria-labelledby="faults-title">
      <h2 id="faults-title">Fault injection</h2>
      <label className="demo-field">
        <span>Fault</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as FaultKind)}>
          {FAULT_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label className="demo-field">
        <span>Requests</span>
        <select value={path} onChange={(e) => setPath(e.target.value)}>
          {PATHS.map((p) => (
            <option key={p.label} value={p.path}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="demo-field">
        <span>How many</span>
        <input type="number" min={1} max={20} value={count} onChange={(e) => setCount(Math.max(1, Number(e.target.value) || 1))} />
      </label>
      <div className="demo-row">
        <button type="submit" className="demo-button">
          Inject fault
        </button>
        <button type="button" className="demo-button demo-button--ghost" onClick={() => void emulatorApi.clearFaults().then(() => setNote('Faults cleared.'))}>
          Clear faults
        </button>
      </div>
      <p role="status" className="demo-muted">
        {note}
      </p>
    </form>
  );
}
