// `pnpm live-check`: the contract check of the endpoint table.
//   SYNERISE_API_BASE_URL + SYNERISE_API_KEY → the safe calls against that workspace
//   (LIVE_CHECK_REGISTER=1 also registers a throwaway address);
//   without them → the same script against the emulator, started in-process on 127.0.0.1.
// Prints one line per endpoint; exits 1 when any row disagrees with the table.
import { formatRows, runLiveCheck } from './liveCheck.mjs';
import { loadEndpointTable, startEmulator } from './liveCheckSources.mjs';

/** @param {string} line */
const print = (line) => process.stdout.write(`${line}\n`);

const env = process.env;
const live = Boolean(env.SYNERISE_API_BASE_URL && env.SYNERISE_API_KEY);
const table = await loadEndpointTable();
const emulator = live ? null : await startEmulator();
try {
  const baseUrl = live ? String(env.SYNERISE_API_BASE_URL) : String(emulator?.url);
  const apiKey = live ? String(env.SYNERISE_API_KEY) : String(emulator?.apiKey);
  print(`live-check against ${live ? new URL(baseUrl).host : 'the emulator (in-process, 127.0.0.1)'}${live && env.LIVE_CHECK_REGISTER !== '1' ? ' — registration skipped (LIVE_CHECK_REGISTER=1 to include it)' : ''}`);
  // The emulator is ours: registering there is harmless, so CI covers that row too.
  const rows = await runLiveCheck({ baseUrl, apiKey, table, register: live ? env.LIVE_CHECK_REGISTER === '1' : true });
  for (const line of formatRows(rows)) print(line);
  const bad = rows.filter((r) => r.mismatch.length > 0).length;
  print(`${rows.length} calls, ${bad} mismatch${bad === 1 ? '' : 'es'} with the endpoint table`);
  process.exitCode = bad > 0 ? 1 : 0;
} finally {
  await emulator?.close();
}
