import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANN, createWorld, PASSWORD } from '../test/harness';
import { useSession, useSignIn, useSignOut } from './index';

type Actions = { signIn: ReturnType<typeof useSignIn>; signOut: ReturnType<typeof useSignOut> };

function Tab({ actions }: { actions: Partial<Actions> }) {
  const session = useSession((s) => `${s.status}:${s.profile?.email ?? '-'}:${s.uuid ?? '-'}`);
  actions.signIn = useSignIn();
  actions.signOut = useSignOut();
  return <output>{session}</output>;
}

describe('two providers sharing storage (two tabs)', () => {
  it('agree after a sign-in in one tab and a sign-out in the other', async () => {
    const world = createWorld();
    const a: Partial<Actions> = {};
    const b: Partial<Actions> = {};
    const tabA = await world.renderTab(<Tab actions={a} />);
    const tabB = await world.renderTab(<Tab actions={b} />);
    expect(tabA.container.textContent).toMatch(/^anonymous:-:/);
    expect(tabB.container.textContent).toBe(tabA.container.textContent); // one browser, one profile uuid

    await act(() => a.signIn!.mutateAsync({ email: ANN, password: PASSWORD }));
    await world.settle();
    expect(tabA.container.textContent).toMatch(new RegExp(`^authenticated:${ANN}:`));
    expect(tabB.container.textContent).toBe(tabA.container.textContent);

    await act(() => b.signOut!.mutateAsync());
    await world.settle();
    expect(tabB.container.textContent).toMatch(/^anonymous:-:/);
    expect(tabA.container.textContent).toBe(tabB.container.textContent);
  });

  it('a clearSession sign-out gives both tabs the same new profile uuid', async () => {
    const world = createWorld();
    const a: Partial<Actions> = {};
    const b: Partial<Actions> = {};
    const tabA = await world.renderTab(<Tab actions={a} />);
    const tabB = await world.renderTab(<Tab actions={b} />);
    await act(() => a.signIn!.mutateAsync({ email: ANN, password: PASSWORD }));
    await world.settle();
    const signedInUuid = tabA.container.textContent!.split(':')[2];
    await act(() => a.signOut!.mutateAsync({ mode: 'clearSession' }));
    await world.settle();
    const [status, , uuid] = tabA.container.textContent!.split(':');
    expect(status).toBe('anonymous');
    expect(uuid).not.toBe(signedInUuid);
    expect(tabB.container.textContent).toBe(tabA.container.textContent);
  });
});
