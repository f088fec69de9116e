import type { ComponentType } from 'react';
import type { StoryKit } from '../storyKit';

type Provider = 'GOOGLE' | 'FACEBOOK' | 'APPLE' | 'OAUTH';

/**
 * Story render helper for social buttons: injects `getIdentityToken` backed by the story's
 * emulator (`identity.mint`), so no real provider SDK is loaded.
 */
export function withMintedToken<P extends { getIdentityToken?: () => Promise<string> }>(Component: ComponentType<P>, provider: Provider, email: string) {
  function MintedTokenStory(args: P, context: { loaded: Record<string, unknown> }) {
    const kit = context.loaded.kit as StoryKit;
    return <Component {...args} getIdentityToken={() => kit.emulator.identity.mint({ provider, email })} />;
  }
  return MintedTokenStory;
}
