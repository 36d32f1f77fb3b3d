/**
 * The example university roll-up `npm start` writes beside the department's files (out/university.xlsx and
 * out/university-report.docx): a few generated units rolled up by the real `jospar admin rollup`, through the real
 * googleapis client, against the local API server. Node only.
 */
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminCommand } from '../cli/admin-command';
import { GoogleApiServer } from '../google-api/rest-server';
import { exampleUniversity } from './example-university';
import { VirtualClock } from '../workspace/clock';

/** Writes both files into `outDir`, telling `wrote` of each at once; returns their names. */
export async function writeExampleRollup(
  outDir: string,
  today: string,
  wrote: (file: string) => void = () => undefined,
): Promise<string[]> {
  const { google } = await import('googleapis');
  const uni = await exampleUniversity(3, { itemsPerUnit: 10, now: Date.parse(`${today}T04:00:00Z`) });
  const clock = new VirtualClock(Date.parse(`${today}T04:00:00Z`));
  const server = new GoogleApiServer(uni.tree, {
    tokens: new Map([['example', 'admin@edu.ektu.kz']]),
    now: () => clock.now(),
  });
  const rootUrl = await server.start();
  const work = mkdtempSync(join(tmpdir(), 'jospar-example-rollup-'));
  try {
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'example', expiry_date: Date.now() + 3600_000 });
    const args = ['rollup', '--folder', uni.root, '--out', work, '--today', today];
    await adminCommand(args, { auth, clock, rootUrl, log: () => undefined });
    const files = ['university.xlsx', 'university-report.docx'];
    for (const f of files) {
      renameSync(join(work, f), join(outDir, f));
      wrote(join(outDir, f));
    }
    return files.map((f) => join(outDir, f));
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
