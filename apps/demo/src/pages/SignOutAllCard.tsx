import { useSignOut } from '@synerise-auth/react';
import { Button, Card, CardBody, CardDescription, CardHeader, CardTitle } from '@synerise-auth/ui';
import { useStrings } from '../lib/strings';

export function SignOutAllCard() {
  const s = useStrings();
  const signOut = useSignOut();
  return (
    <Card aria-labelledby="devices-title">
      <CardHeader>
        <CardTitle id="devices-title">{s.devices}</CardTitle>
        <CardDescription>{s.devicesText}</CardDescription>
      </CardHeader>
      <CardBody>
        <Button variant="secondary" loading={signOut.isPending} onClick={() => signOut.mutate({ mode: 'clearSession', fromAllDevices: true })}>
          {s.signOutAll}
        </Button>
      </CardBody>
    </Card>
  );
}
