import { WorkspacePanel } from '../panels/WorkspacePanel';

/** Emulator-only developer page (hidden in live mode). English only: it is a dev tool. */
export function WorkspacePage({ onChanged }: { onChanged: () => void }) {
  return (
    <div>
      <h1>Workspace (emulator)</h1>
      <p className="demo-muted">
        Switch how the emulated Synerise workspace behaves. Changes apply to new requests at once; the kit re-reads the public settings.
      </p>
      <WorkspacePanel onChanged={onChanged} />
    </div>
  );
}
