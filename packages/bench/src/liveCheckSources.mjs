// Loads the TypeScript sources the live check needs (core's endpoint table, the emulator's
// Node server) without a build: esbuild bundles each entry (the `source` export condition)
// into a temporary module that Node imports.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { ROOT_DIR } from './workspace.mjs';

/**
 * @param {string} entry  path from the repository root
 * @returns {Promise<any>}
 */
export async function importSource(entry) {
  const result = await esbuild.build({
    entryPoints: [join(ROOT_DIR, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    write: false,
    logLevel: 'silent',
  });
  const dir = await mkdtemp(join(tmpdir(), 'synerise-live-check-'));
  const file = join(dir, 'entry.mjs');
  await writeFile(file, result.outputFiles[0]?.text ?? '');
  return import(pathToFileURL(file).href);
}

/** @returns {Promise<import('./liveCheck.mjs').EndpointTable>} core's endpoint table (packages/core/src/api/endpoints.ts) */
export async function loadEndpointTable() {
  return (await importSource('packages/core/src/api/endpoints.ts')).ENDPOINTS;
}

/**
 * Starts the emulator's Node server on 127.0.0.1 and a random port.
 * @returns {Promise<{ url: string, apiKey: string, close(): Promise<void> }>}
 */
export async function startEmulator() {
  const { startEmulatorServer } = await importSource('packages/emulator/src/node.ts');
  const server = await startEmulatorServer({ host: '127.0.0.1', port: 0 });
  return { url: server.url, apiKey: 'emulator-api-key', close: () => server.close() };
}
