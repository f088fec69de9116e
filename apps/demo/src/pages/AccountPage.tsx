import { useSession } from '@synerise-auth/react';
import { Button, Card, CardBody, CardDescription, CardHeader, CardTitle } from '@synerise-auth/ui';
import { useStrings } from '../lib/strings';
import { ChangePasswordCard } from './ChangePasswordCard';
import { PersonalInfoCard } from './PersonalInfoCard';
import { SignOutAllCard } from './SignOutAllCard';

export function AccountPage({ onSignIn }: { onSignIn: () => void }) {
  const s = useStrings();
  const status = useSession((snap) => snap.status);
  return (
    <div>
      <h1>{s.accountTitle}</h1>
      {status !== 'authenticated' ? (
        <Card aria-labelledby="account-anon">
          <CardHeader>
            <CardTitle id="account-anon">{s.myAccount}</CardTitle>
            <CardDescription>{s.accountAnon}</CardDescription>
          </CardHeader>
          <CardBody>
            <Button onClick={onSignIn} disabled={status === 'booting'}>
              {s.signIn}
            </Button>
          </CardBody>
        </Card>
      ) : (
        // Two columns that each fill: no hole next to a lone short card.
        <div className="demo-cards">
          <div className="demo-stack">
            <PersonalInfoCard />
            <SignOutAllCard />
          </div>
          <ChangePasswordCard />
        </div>
      )}
    </div>
  );
}
