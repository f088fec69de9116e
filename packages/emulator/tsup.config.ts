import { defineConfig } from 'tsup';

export default defineConfig({
  // index: browser-safe emulator · node: HTTP server · msw: handlers (msw is an optional peer)
  // vite: dev-server plugin · cli: the `synerise-auth-emulator` bin (keeps its #! line)
  entry: ['src/index.ts', 'src/node.ts', 'src/msw.ts', 'src/vite.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/node.ts', 'src/msw.ts', 'src/vite.ts'] },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  // the vite plugin imports the package's own entries (self-reference) at run time
  external: ['msw', 'vite', /^@synerise-auth\/emulator/],
});
