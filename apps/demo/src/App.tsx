import { SyneriseAuthProvider, useSession } from '@synerise-auth/react';

function SessionStatus() {
  const session = useSession();
  return (
    <p data-testid="session-status">
      Session: <strong>{session.status}</strong>
      {session.expiresAt ? ` · expires ${new Date(session.expiresAt).toLocaleTimeString()}` : null}
    </p>
  );
}

export function App() {
  return (
    <SyneriseAuthProvider apiKey="emulator-api-key" baseUrl={window.location.origin}>
      <main>
        <h1>Synerise Auth Kit demo</h1>
        <SessionStatus />
      </main>
    </SyneriseAuthProvider>
  );
}
