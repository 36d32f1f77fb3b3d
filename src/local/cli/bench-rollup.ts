/**
 * The roll-up figures of `npm run bench`: `jospar admin rollup` over 50 and 500 units of the embedded plan (127 items:
 * every plan of the example university is at most the whole of it), against the
 * local API server on a virtual clock: the calls it makes, and how long Google would take, from Sheets' read quota
 * (60 a minute per user: https://developers.google.com/workspace/sheets/api/limits) and the latency table below.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UniversitySummary } from '../../core/rollup/university';
import { exampleUniversity } from '../admin/example-university';
import { VirtualClock } from '../workspace/clock';
import { GoogleApiServer } from '../google-api/rest-server';
import { adminCommand } from './admin-command';

/**
 * Assumed latency of one call, ms: of the order seen for these calls from Central Asia (an assumption to be measured on
 * the university's network, not a Google figure).
 */
export const ROLLUP_LATENCY_MS = { 'drive files.list': 250, 'sheets get': 200, 'sheets values.batchGet': 600 };

function latency(call: string): number {
  if (call.includes('values:batchGet')) return ROLLUP_LATENCY_MS['sheets values.batchGet'];
  if (call.includes('v4/spreadsheets')) return ROLLUP_LATENCY_MS['sheets get'];
  return ROLLUP_LATENCY_MS['drive files.list'];
}

export async function benchRollup(unitCounts: number[], itemsPerUnit = 150): Promise<Record<string, unknown>> {
  const { google } = await import('googleapis');
  const out: Record<string, unknown> = { latencyMs: ROLLUP_LATENCY_MS };
  for (const count of unitCounts) {
    const uni = await exampleUniversity(count, { itemsPerUnit, shared: true });
    const clock = new VirtualClock(Date.parse('2026-03-02T04:00:00Z'));
    const server = new GoogleApiServer(uni.tree, {
      tokens: new Map([['bench', 'admin@edu.ektu.kz']]),
      now: () => clock.now(),
      onCall: (call) => void clock.sleep(latency(call)),
    });
    const rootUrl = await server.start();
    const dir = mkdtempSync(join(tmpdir(), 'jospar-bench-rollup-'));
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'bench', expiry_date: Date.now() + 3600_000 });
    const started = process.hrtime.bigint();
    await adminCommand(['rollup', '--folder', uni.root, '--out', dir, '--today', '2026-03-02'], {
      auth,
      clock,
      rootUrl,
      log: () => undefined,
    });
    const wall = Number(process.hrtime.bigint() - started) / 1e6;
    await server.stop();
    const totals = (JSON.parse(readFileSync(join(dir, 'university.json'), 'utf8')) as UniversitySummary).totals;
    rmSync(dir, { recursive: true, force: true });
    out[`${count} units`] = {
      itemsPerUnit: Math.round(totals.items / count),
      calls: server.countBy(),
      callsPerUnit: +(server.calls.length / count).toFixed(2),
      estimatedMinutesAtGoogle: +((clock.now() - Date.parse('2026-03-02T04:00:00Z')) / 60000).toFixed(1),
      localWallSeconds: +(wall / 1000).toFixed(1),
    };
  }
  return out;
}
