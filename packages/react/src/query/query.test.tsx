import { MutationCache, QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAuthClient } from '@synerise-auth/core';
import { ANN, createWorld, PASSWORD } from '../../test/harness';
import { useAccount, useAuthClient, useSession, useSignIn, useSignOut } from '../index';
import {
  accountQueryOptions,
  createQueryClientCache,
  signInMutationOptions,
  syneriseAuthMutationKey,
  syneriseAuthQueryKeys,
  updateAccountMutationOptions,
} from './index';

// A shop's real TanStack QueryClient given to the provider through the /query entry: the
// kit's hooks and the app's own useQuery/useMutation share one cache.

const PERSONAL = '/v4/my-account/personal-information';

const withData = (queryClient: QueryClient) =>
  queryClient.getQueryCache().findAll({ queryKey: syneriseAuthQueryKeys.customers() }).filter((q) => q.state.data !== undefined);

function shop(onError?: (error: unknown) => void) {
  const queryClient = new QueryClient({ mutationCache: new MutationCache(onError ? { onError } : {}) });
  return queryClient;
}

async function mountShop(queryClient: QueryClient) {
  const world = createWorld();
  const box: { current?: ReturnType<typeof useShopPage> } = {};
  function Probe() {
    box.current = useShopPage(queryClient);
    return null;
  }
  await world.renderTab(
    <QueryClientProvider client={queryClient}>
      <Probe />
    </QueryClientProvider>,
    { cache: createQueryClientCache(queryClient) },
  );
  const gets = () => world.emulator.requestLog.count({ path: PERSONAL, method: 'GET' });
  const signIn = async () => {
    await act(async () => {
      await box.current!.signIn.mutateAsync({ email: ANN, password: PASSWORD });
    });
    await world.settle();
  };
  return { world, page: () => box.current!, gets, signIn };
}

/** A page using the kit's hooks and the app's own react-query hooks side by side. */
function useShopPage(queryClient: QueryClient) {
  const client = useAuthClient();
  const uuid = useSession((s) => (s.status === 'authenticated' ? s.uuid : null));
  return {
    uuid,
    kit: useAccount(),
    app: useQuery(accountQueryOptions(client, uuid)),
    appUpdate: useMutation(updateAccountMutationOptions(client, queryClient)),
    appSignIn: useMutation(signInMutationOptions(client)),
    signIn: useSignIn(),
    signOut: useSignOut(),
  };
}

describe('@synerise-auth/react/query with a shop QueryClient', () => {
  it('sign-in: exactly one account request, shared by useAccount and the app’s useQuery', async () => {
    const queryClient = shop();
    const { page, gets, signIn } = await mountShop(queryClient);
    expect(page().app.fetchStatus).toBe('idle'); // anonymous: disabled
    expect(page().kit).toMatchObject({ data: undefined, isLoading: false });
    await signIn();
    expect(gets()).toBe(1);
    expect(page().kit.data).toMatchObject({ email: ANN, firstName: 'Ann' });
    expect(page().app.data).toBe(page().kit.data); // the same cache entry
    expect(queryClient.getQueryData(syneriseAuthQueryKeys.account(page().uuid!))).toBe(page().kit.data);
    queryClient.clear();
  });

  it('an update through one side is seen by the other', async () => {
    const queryClient = shop();
    const { page, gets, signIn } = await mountShop(queryClient);
    await signIn();
    await act(async () => {
      await page().kit.update.mutateAsync({ firstName: 'Annie' });
    });
    expect(page().app.data?.firstName).toBe('Annie');
    await act(async () => {
      await page().appUpdate.mutateAsync({ lastName: 'Lane' });
    });
    expect(page().kit.data).toMatchObject({ firstName: 'Annie', lastName: 'Lane' });
    expect(gets()).toBe(1); // updates write the reply, no reload
    queryClient.clear();
  });

  it('sign-out removes every customer-scoped query (the app’s own ones under the customer key too)', async () => {
    const queryClient = shop();
    const { world, page, signIn } = await mountShop(queryClient);
    await signIn();
    const uuid = page().uuid!;
    queryClient.setQueryData([...syneriseAuthQueryKeys.customer(uuid), 'orders'], ['#1']);
    queryClient.setQueryData(['shop', 'cart'], ['sku-1']);
    expect(queryClient.getQueryCache().findAll({ queryKey: syneriseAuthQueryKeys.customers() })).toHaveLength(2);
    await act(async () => {
      await page().signOut.mutateAsync();
    });
    await world.settle();
    expect(queryClient.getQueryCache().findAll({ queryKey: syneriseAuthQueryKeys.customer(uuid) })).toEqual([]);
    expect(withData(queryClient)).toEqual([]); // (the app's disabled anonymous query holds nothing)
    expect(queryClient.getQueryData(['shop', 'cart'])).toEqual(['sku-1']); // not customer data
    expect(page().kit.data).toBeUndefined();
    expect(page().app.data).toBeUndefined();
    queryClient.clear();
  });

  it('a sign-out in another tab removes the customer data in this one', async () => {
    const queryClient = shop();
    const { world, page, signIn } = await mountShop(queryClient);
    await signIn();
    const uuid = page().uuid!;
    const tab = world.tabProps();
    const b = createAuthClient({ ...tab.clientOptions, apiKey: 'emulator-api-key', baseUrl: world.emulator.baseUrl, fetch: tab.fetch!, clock: tab.clock!, storage: tab.storage! });
    await act(() => b.start());
    await act(() => b.signOut());
    await world.settle();
    expect(page().uuid).toBeNull();
    expect(queryClient.getQueryCache().findAll({ queryKey: syneriseAuthQueryKeys.customer(uuid) })).toEqual([]);
    expect(withData(queryClient)).toEqual([]);
    b.destroy();
    queryClient.clear();
  });

  it('every kit mutation runs through the shop’s MutationCache (global onError sees failures)', async () => {
    const errors: unknown[] = [];
    const queryClient = shop((e) => errors.push(e));
    const { page } = await mountShop(queryClient);
    await act(async () => {
      await page().signIn.mutateAsync({ email: ANN, password: 'wrong-password' }).catch(() => undefined);
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(page().signIn.error?.code).toBe('INVALID_CREDENTIALS');
    await act(async () => {
      await page().signIn.mutateAsync({ email: ANN, password: PASSWORD });
    });
    const mutations = queryClient.getMutationCache().findAll({ mutationKey: syneriseAuthMutationKey('signIn') });
    expect(mutations.map((m) => m.state.status)).toEqual(['error', 'success']);
    // The app's own useMutation with the same options lands in the same cache.
    await act(async () => {
      await page().signOut.mutateAsync();
    });
    await act(async () => {
      await page().appSignIn.mutateAsync({ email: ANN, password: PASSWORD });
    });
    expect(queryClient.getMutationCache().findAll({ mutationKey: syneriseAuthMutationKey('signIn') })).toHaveLength(3);
    expect(queryClient.getMutationCache().findAll({ mutationKey: syneriseAuthMutationKey('signOut') })).toHaveLength(1);
    queryClient.clear();
  });
});
