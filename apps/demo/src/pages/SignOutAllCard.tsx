import { Card, CardBody, CardDescription, CardHeader, CardTitle, SignOutButton } from '@synerise-auth/ui';
import { useStrings } from '../lib/strings';

/** Signs out here and revokes the other devices' sessions (the kit's `<SignOutButton everywhere>`). */
export function SignOutAllCard() {
  const s = useStrings();
  return (
    <Card aria-labelledby="devices-title">
      <CardHeader>
        <CardTitle id="devices-title">{s.devices}</CardTitle>
        <CardDescription>{s.devicesText}</CardDescription>
      </CardHeader>
      <CardBody>
        <SignOutButton everywhere mode="clearSession" />
      </CardBody>
    </Card>
  );
}
