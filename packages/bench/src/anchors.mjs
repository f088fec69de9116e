// The libraries we compare against (issue 10) and the drop-in each shop would import.
// Pure data + pure helpers (unit-tested); installing lives in install.mjs.

/**
 * @typedef {object} Anchor
 * @property {string} id  directory name in the temporary install root
 * @property {string} library  display name
 * @property {string} dropIn  what is measured, in words
 * @property {string[]} install  npm specs installed together (React is added by the installer)
 * @property {string[]} entry  lines of the virtual entry (named re-exports, CSS imports)
 * @property {string} [note]  what the bundle figure does not show
 */

/** @type {Anchor[]} */
export const ANCHORS = [
  {
    id: 'stytch',
    library: 'Stytch',
    dropIn: '`StytchLogin` + `StytchProvider` + `createStytchUIClient`',
    install: ['@stytch/react'],
    entry: ["export { StytchLogin, StytchProvider, createStytchUIClient } from '@stytch/react';"],
  },
  {
    id: 'clerk',
    library: 'Clerk',
    dropIn: '`SignIn` + `ClerkProvider`',
    install: ['@clerk/react'],
    entry: ["export { ClerkProvider, SignIn } from '@clerk/react';"],
    note: 'the UI itself (clerk-js) is loaded at run time from a CDN and is not in this figure',
  },
  {
    id: 'supabase',
    library: 'Supabase Auth UI',
    dropIn: '`Auth` + `ThemeSupa` + `createClient`',
    install: ['@supabase/auth-ui-react', '@supabase/auth-ui-shared', '@supabase/supabase-js'],
    entry: [
      "export { Auth } from '@supabase/auth-ui-react';",
      "export { ThemeSupa } from '@supabase/auth-ui-shared';",
      "export { createClient } from '@supabase/supabase-js';",
    ],
  },
  {
    id: 'firebaseui',
    library: 'FirebaseUI',
    dropIn: '`SignInAuthScreen` + `FirebaseUIProvider` + `initializeUI` + `initializeApp` + `getAuth` + CSS',
    install: ['@firebase-oss/ui-react', 'firebase'],
    entry: [
      "export { FirebaseUIProvider, SignInAuthScreen } from '@firebase-oss/ui-react';",
      "export { initializeUI } from '@firebase-oss/ui-core';",
      "export { initializeApp } from 'firebase/app';",
      "export { getAuth } from 'firebase/auth';",
      "import '@firebase-oss/ui-styles/dist.min.css';",
    ],
  },
  {
    id: 'amplify',
    library: 'Amplify UI',
    dropIn: '`Authenticator` + `Amplify` + styles.css',
    install: ['@aws-amplify/ui-react', 'aws-amplify'],
    entry: [
      "export { Authenticator } from '@aws-amplify/ui-react';",
      "export { Amplify } from 'aws-amplify';",
      "import '@aws-amplify/ui-react/styles.css';",
    ],
  },
  {
    id: 'ory',
    library: 'Ory Elements',
    dropIn: '`Login` (default theme) + theme CSS',
    install: ['@ory/elements-react'],
    entry: [
      "export { Login } from '@ory/elements-react/theme';",
      "import '@ory/elements-react/theme/styles.css';",
    ],
    note: 'its published bundle inlines the messages of every locale (twice: core and theme), which dominates the figure; the login flow object is fetched by the app (usually on the server) and passed in',
  },
  {
    id: 'oidc',
    library: 'react-oidc-context (headless)',
    dropIn: '`AuthProvider` + `useAuth` (+ oidc-client-ts)',
    install: ['react-oidc-context', 'oidc-client-ts'],
    entry: ["export { AuthProvider, useAuth } from 'react-oidc-context';"],
    note: 'headless: compare with the kit\'s headless row; the sign-in page is the identity provider\'s',
  },
];

/** React is external to every bundle, but installed so peer ranges resolve as in a shop. */
export const REACT_SPECS = ['react@^19', 'react-dom@^19'];

/**
 * The virtual entry of one anchor.
 * @param {Anchor} anchor
 * @returns {string}
 */
export function anchorEntry(anchor) {
  return `${anchor.entry.join('\n')}\n`;
}

/**
 * The bare package names an entry imports (e.g. 'firebase' for 'firebase/auth',
 * '@ory/elements-react' for '@ory/elements-react/theme/styles.css').
 * @param {Anchor} anchor
 * @returns {string[]}
 */
export function importedPackages(anchor) {
  const names = new Set();
  for (const line of anchor.entry) {
    const match = /from\s+'([^']+)'|import\s+'([^']+)'/.exec(line);
    const specifier = match?.[1] ?? match?.[2];
    if (specifier) names.add(packageName(specifier));
  }
  return [...names];
}

/**
 * @param {string} specifier  e.g. '@scope/name/sub/path' or 'name/sub'
 * @returns {string}
 */
export function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * Names of npm specs without their version range ('react@^19' -> 'react', '@a/b@1' -> '@a/b').
 * @param {string} spec
 * @returns {string}
 */
export function specName(spec) {
  const at = spec.indexOf('@', 1);
  return at === -1 ? spec : spec.slice(0, at);
}
