// Every component state the issue lists has a story that `pnpm test-storybook` runs.
// Story ids are derived exactly as Storybook's indexer derives them: the CSF files are
// parsed statically (readCsf: meta title + export names → toId), no browser, no build.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsf } from 'storybook/internal/csf-tools';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STORY_DIRS = ['packages/ui/src', 'packages/react/src'];

/** State (as the issue words it) → the story that shows it. Each one must exist and have a play function. */
const REQUIRED_STORIES: Record<string, string> = {
  // conditional login: every status
  'conditional login: SUCCESS': 'components-signinform--signed-in',
  'conditional login: UNAUTHORIZED (wrong password)': 'components-signinform--wrong-credentials',
  'conditional login: ACTIVATION_REQUIRED': 'components-signinform--activation-required',
  'conditional login: REGISTRATION_REQUIRED': 'components-signinform--registration-required',
  'conditional login: TERMS_ACCEPTANCE_REQUIRED': 'components-signinform--terms-acceptance-required',
  'conditional login: MFA_REQUIRED': 'components-signinform--mfa-required',
  'conditional login: APPROVAL_REQUIRED': 'components-signinform--approval-required',
  'conditional login: a status the kit does not know': 'components-signinform--unknown-status',
  // lock-out and device control
  'locked account (minutes left)': 'components-signinform--locked',
  'permanently locked account': 'components-signinform--permanently-locked',
  'device control: signs in with the device id': 'components-signinform--device-control',
  'device control: device not recognised': 'components-signinform--device-not-recognised',
  // network
  'slow network (pending state)': 'components-signinform--slow-network',
  'offline / network error': 'components-signinform--network-error',
  // registration types and their next step
  'registration AUTOMATIC → signed in': 'components-registerform--signed-in-at-once',
  'registration REQUIRE_EMAIL_CONFIRMATION → check e-mail': 'components-registerform--email-confirmation',
  'registration REQUIRE_ACTIVATION → activation pending': 'components-registerform--activation-required',
  'registration REQUIRE_PIN_CONFIRMATION → PIN step': 'components-registerform--pin-required',
  'registration: e-mail taken': 'components-registerform--email-taken',
  // password checklist
  'password checklist partly satisfied': 'components-registerform--checklist-partly-met',
  'password checklist fully satisfied': 'components-registerform--checklist-fully-met',
  // PIN
  'PIN entry': 'components-pinconfirmation--default',
  'PIN wrong': 'components-pinconfirmation--wrong-pin',
  'PIN expired': 'components-pinconfirmation--expired',
  'PIN resend cooldown': 'components-pinconfirmation--resend-cooldown',
  'PIN resent after the cooldown': 'components-pinconfirmation--resent',
  'PIN confirmed': 'components-pinconfirmation--confirmed',
  // password reset
  'reset request sent': 'components-passwordresetrequest--sent',
  'reset confirm: new password saved': 'components-passwordresetconfirm--saved',
  'reset confirm: invalid link': 'components-passwordresetconfirm--invalid-link',
  // social buttons on offline identity tokens
  'social: Google': 'components-social-googlesigninbutton--known-customer',
  'social: Facebook': 'components-social-facebooksigninbutton--known-customer',
  'social: Apple': 'components-social-applesigninbutton--known-customer',
  'social: OAuth': 'components-social-oauthsigninbutton--known-customer',
  'social: create-account offer': 'components-social-googlesigninbutton--create-account-offer',
  // account
  'signed-in account menu': 'components-accountmenu--signed-in',
  'signed-in account menu, open': 'components-accountmenu--open',
  // design tokens
  'all --sa-* tokens with their values': 'foundations-design-tokens--light',
};

/**
 * Static states for designers: a `State` story (the `state` control switches fixtures) and an
 * `AllStates` grid (the Docs page shows it first). No play function: visible without interaction.
 */
const REQUIRED_STATE_STORIES = ['signinform', 'registerform', 'pinconfirmation', 'passwordresetrequest', 'passwordresetconfirm'].flatMap(
  (component) => [`components-${component}--state`, `components-${component}--all-states`],
);

/** One page per headless hook (title `Hooks/<hook>`). */
const REQUIRED_HOOK_PAGES = [
  'useSession', 'useSessionHealth', 'useSignIn', 'useConditionalSignIn', 'useSocialSignIn', 'useSignOut', 'useRegister',
  'usePinConfirmation', 'useActivation', 'usePasswordReset', 'useChangePassword', 'useAccount', 'useAuthSettings', 'usePasswordPolicy',
];

interface IndexedStory {
  id: string;
  title: string;
  file: string;
  play: boolean;
  tested: boolean;
}

function storyFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.stories.tsx'))
    .map((file) => path.join(dir, file));
}

async function indexStories(): Promise<IndexedStory[]> {
  const files = STORY_DIRS.flatMap(storyFiles);
  const parsed = await Promise.all(
    files.map(async (file) => {
      const csf = (await readCsf(path.join(root, file), { makeTitle: (title) => title ?? file })).parse();
      const metaTags = csf.meta.tags ?? [];
      return csf.stories.map((story) => ({
        id: story.id,
        title: csf.meta.title ?? '',
        file,
        play: story.__stats.play === true,
        tested: ![...metaTags, ...(story.tags ?? [])].includes('!test'),
      }));
    }),
  );
  return parsed.flat();
}

describe('required stories', () => {
  it('every listed state has a story with a play function that test-storybook runs', async () => {
    const stories = new Map((await indexStories()).map((s) => [s.id, s]));
    const missing = Object.entries(REQUIRED_STORIES)
      .filter(([, id]) => !stories.has(id))
      .map(([state, id]) => `${state}: ${id}`);
    expect(missing, 'states without a story').toEqual([]);
    const withoutPlay = Object.entries(REQUIRED_STORIES)
      .filter(([, id]) => !stories.get(id)?.play)
      .map(([state, id]) => `${state}: ${id}`);
    expect(withoutPlay, 'states whose story does not drive the component there').toEqual([]);
    const untested = Object.values(REQUIRED_STORIES).filter((id) => !stories.get(id)?.tested);
    expect(untested, 'required stories excluded from the test run').toEqual([]);
  });

  it('every flow component shows its states statically (fixtures, no play) and axe runs on them', async () => {
    const stories = new Map((await indexStories()).map((s) => [s.id, s]));
    expect(REQUIRED_STATE_STORIES.filter((id) => !stories.has(id)), 'state stories missing').toEqual([]);
    expect(REQUIRED_STATE_STORIES.filter((id) => stories.get(id)?.play), 'state stories must not need a play function').toEqual([]);
    expect(REQUIRED_STATE_STORIES.filter((id) => !stories.get(id)?.tested), 'state stories excluded from the test run').toEqual([]);
  });

  it('every headless hook has a Hooks/ page with interaction tests', async () => {
    const stories = await indexStories();
    for (const hook of REQUIRED_HOOK_PAGES) {
      const page = stories.filter((s) => s.title === `Hooks/${hook}`);
      expect(page.length, `Hooks/${hook}`).toBeGreaterThan(0);
      expect(page.some((s) => s.play), `Hooks/${hook} has a play function`).toBe(true);
      expect(page.every((s) => s.file.startsWith('packages/react/src/')), `Hooks/${hook} lives in the react package`).toBe(true);
    }
  });

  it('story ids are unique and titles use the designer sections', async () => {
    const stories = await indexStories();
    const ids = stories.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const sections = new Set(stories.map((s) => s.title.split('/')[0]));
    expect([...sections].filter((s) => !['Foundations', 'Primitives', 'Components', 'Hooks'].includes(s ?? ''))).toEqual([]);
  });
});
