import { describe, expect, it } from 'vitest';
import { ANCHORS, anchorEntry, importedPackages, packageName, specName } from './anchors.mjs';

describe('ANCHORS', () => {
  it('covers every library named in issue 10 once', () => {
    expect(ANCHORS.map((anchor) => anchor.id)).toEqual(['stytch', 'clerk', 'supabase', 'firebaseui', 'amplify', 'ory', 'oidc']);
    expect(new Set(ANCHORS.map((anchor) => anchor.id)).size).toBe(ANCHORS.length);
  });

  it('installs every package its entry imports, directly or as a dependency it names', () => {
    const byId = Object.fromEntries(ANCHORS.map((anchor) => [anchor.id, anchor]));
    expect(byId.amplify?.install).toEqual(['@aws-amplify/ui-react', 'aws-amplify']);
    expect(byId.oidc?.install).toContain('oidc-client-ts');
    expect(byId.supabase?.install).toContain('@supabase/supabase-js');
    expect(byId.firebaseui?.install).toContain('firebase');
  });
});

describe('anchorEntry / importedPackages', () => {
  const anchor = {
    id: 'x', library: 'X', dropIn: 'X', install: ['x-ui'],
    entry: ["export { A } from 'x-ui';", "export { b } from '@x/core/sub';", "import 'x-ui/styles.css';"],
  };

  it('joins the entry lines into one module', () => {
    expect(anchorEntry(anchor)).toBe("export { A } from 'x-ui';\nexport { b } from '@x/core/sub';\nimport 'x-ui/styles.css';\n");
  });

  it('lists the bare packages the entry imports, once each', () => {
    expect(importedPackages(anchor)).toEqual(['x-ui', '@x/core']);
  });
});

describe('packageName / specName', () => {
  it('strips subpaths and version ranges', () => {
    expect(packageName('firebase/auth')).toBe('firebase');
    expect(packageName('@ory/elements-react/theme/styles.css')).toBe('@ory/elements-react');
    expect(packageName('react')).toBe('react');
    expect(specName('react@^19')).toBe('react');
    expect(specName('@clerk/react@6')).toBe('@clerk/react');
    expect(specName('@clerk/react')).toBe('@clerk/react');
  });
});
