import { useEffect, useState, type FormEvent } from 'react';
import { emulatorApi, REGISTRATION_TYPES, type EmulatorSettings, type RegistrationType } from '../lib/emulatorApi';
import { FaultPanel } from './FaultPanel';

const TTL_CHOICES = [
  { seconds: 30, label: '30 seconds' },
  { seconds: 120, label: '2 minutes' },
  { seconds: 600, label: '10 minutes' },
  { seconds: 3600, label: '60 minutes (default)' },
];
const POLICY_FLAGS = [
  ['requireAtLeastOneLowercase', 'a lowercase letter'],
  ['requireAtLeastOneUppercase', 'an uppercase letter'],
  ['requireAtLeastOneNumber', 'a digit'],
  ['requireAtLeastOneNonAlphaNumeric', 'a symbol'],
] as const;

/** Emulator workspace switcher: every setting goes through POST /__emulator/settings. */
// Survive the remount that follows a change (the app then starts a new kit client).
const kept = { ttl: 3600, note: '' };

/**
 * The app hands these settings to the provider as configuration (as a shop's server would, with
 * `loadAuthSettings()`), so after a change it reloads them and remounts the provider (`onChanged`).
 */
export function WorkspacePanel({ onChanged }: { onChanged: () => void }) {
  const [settings, setSettings] = useState<EmulatorSettings | null>(null);
  const [ttl, setTtl] = useState(kept.ttl);
  const [note, setNoteState] = useState(kept.note);
  const setNote = (text: string) => {
    kept.note = text;
    setNoteState(text);
  };

  useEffect(() => {
    emulatorApi.settings().then(setSettings, () => setNote('The emulator did not answer.'));
  }, []);

  if (!settings) return <p className="demo-muted">{note || 'Loading workspace settings…'}</p>;

  const set = <K extends keyof EmulatorSettings>(key: K, value: EmulatorSettings[K]) => setSettings({ ...settings, [key]: value });
  const num = (value: string) => Math.max(0, Number.parseInt(value, 10) || 0);

  async function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!settings) return;
    const { tokenLifetimeInSeconds: _ignored, ...patch } = settings;
    setSettings(await emulatorApi.patchSettings({ ...patch, tokenTtlSeconds: ttl }));
    kept.ttl = ttl;
    setNote(`Applied at ${new Date().toLocaleTimeString()}. New tokens live ${ttl} s.`);
    onChanged();
  }

  async function reset() {
    await emulatorApi.reset();
    setSettings(await emulatorApi.settings());
    setTtl(3600);
    kept.ttl = 3600;
    setNote('Emulator reset: default settings, seeded customers, empty outbox.');
    onChanged();
  }

  return (
    <div className="demo-stack">
      <form className="demo-panel demo-grid-form" onSubmit={(e) => void apply(e)} aria-labelledby="ws-title">
        <h2 id="ws-title">Workspace settings</h2>
        <label className="demo-field">
          <span>Registration type</span>
          <select value={settings.registrationType} onChange={(e) => set('registrationType', e.target.value as RegistrationType)} data-testid="ws-registration">
            {REGISTRATION_TYPES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label className="demo-field">
          <span>PIN confirmation</span>
          <select value={settings.pinConfirmationType} onChange={(e) => set('pinConfirmationType', e.target.value as EmulatorSettings['pinConfirmationType'])}>
            <option>EVERYONE</option>
            <option>ON_CONFLICT_WITH_EXTERNAL_ACCOUNT</option>
          </select>
        </label>
        <label className="demo-field">
          <span>PIN length</span>
          <input type="number" min={4} max={8} value={settings.pinConfirmationLength} onChange={(e) => set('pinConfirmationLength', num(e.target.value))} />
        </label>
        <label className="demo-field">
          <span>PIN valid (s)</span>
          <input type="number" min={10} value={settings.pinConfirmationValidInSeconds} onChange={(e) => set('pinConfirmationValidInSeconds', num(e.target.value))} />
        </label>
        <label className="demo-field">
          <span>PIN resend cooldown (s)</span>
          <input type="number" min={0} value={settings.pinResendCooldownSeconds} onChange={(e) => set('pinResendCooldownSeconds', num(e.target.value))} />
        </label>
        <label className="demo-field">
          <span>Token lifetime</span>
          <select value={ttl} onChange={(e) => setTtl(Number(e.target.value))} data-testid="ws-ttl">
            {TTL_CHOICES.map((c) => (
              <option key={c.seconds} value={c.seconds}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="demo-field">
          <span>Password minimum length</span>
          <input type="number" min={1} value={settings.passwordPolicy.minLength} onChange={(e) => set('passwordPolicy', { ...settings.passwordPolicy, minLength: num(e.target.value) })} />
        </label>
        <fieldset className="demo-fieldset">
          <legend>Password must contain</legend>
          {POLICY_FLAGS.map(([key, label]) => (
            <label key={key} className="demo-check">
              <input type="checkbox" checked={settings.passwordPolicy[key]} onChange={(e) => set('passwordPolicy', { ...settings.passwordPolicy, [key]: e.target.checked })} />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <label className="demo-field">
          <span>Lock after failed attempts</span>
          <input type="number" min={0} value={settings.bans.firstThreshold} onChange={(e) => set('bans', { ...settings.bans, firstThreshold: num(e.target.value) })} data-testid="ws-ban" />
        </label>
        <label className="demo-field">
          <span>First lock (minutes)</span>
          <input type="number" min={1} value={settings.bans.firstMinutes} onChange={(e) => set('bans', { ...settings.bans, firstMinutes: num(e.target.value) })} />
        </label>
        <label className="demo-field">
          <span>Device control</span>
          <select value={String(settings.deviceControlMode)} onChange={(e) => set('deviceControlMode', e.target.value === 'false' ? false : (e.target.value as 'SOFT'))}>
            <option value="false">off</option>
            <option value="SOFT">SOFT</option>
            <option value="HARD">HARD</option>
          </select>
        </label>
        <label className="demo-check">
          <input type="checkbox" checked={settings.requiredAgreements.includes('email')} onChange={(e) => set('requiredAgreements', e.target.checked ? ['email'] : [])} data-testid="ws-terms" />
          <span>Require e-mail marketing consent (terms)</span>
        </label>
        <div className="demo-row">
          <button type="submit" className="demo-button">
            Apply settings
          </button>
          <button type="button" className="demo-button demo-button--ghost" onClick={() => void reset()}>
            Reset emulator
          </button>
          <button type="button" className="demo-button demo-button--ghost" onClick={() => void emulatorApi.revokeAll().then(() => setNote('Every token revoked.'))}>
            Revoke all tokens
          </button>
        </div>
        <p role="status" className="demo-muted">
          {note}
        </p>
      </form>
      <FaultPanel />
    </div>
  );
}
