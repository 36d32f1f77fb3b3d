/**
 * Who `jospar admin` acts as, the two ways Google's Node libraries offer:
 * - a service account with domain-wide delegation acting as a named user of the domain (a JWT with a subject:
 *   https://developers.google.com/identity/protocols/oauth2/service-account#delegatingauthority), or
 * - a person's own consent through the installed-app flow with a loopback redirect
 *   (https://developers.google.com/identity/protocols/oauth2/native-app#redirect-uri_loopback), the token kept in a
 *   file the person names.
 * Credentials come only from files (or an environment variable naming one) the user gives; nothing is kept in the
 * repository. Node only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GoogleApis } from 'googleapis';
import { UsageError } from '../cli/args';

type OAuth2Client = InstanceType<GoogleApis['auth']['OAuth2']>;
type JWT = InstanceType<GoogleApis['auth']['JWT']>;
export type AdminAuth = OAuth2Client | JWT;

/** The least each command needs: read-only where it only reads. */
export const SCOPES = {
  rollup: ['https://www.googleapis.com/auth/drive.readonly', 'https://www.googleapis.com/auth/spreadsheets.readonly'],
  /** Writing the summary into a spreadsheet the office keeps needs write access to spreadsheets. */
  rollupToSheet: ['https://www.googleapis.com/auth/drive.readonly', 'https://www.googleapis.com/auth/spreadsheets'],
  backup: ['https://www.googleapis.com/auth/drive.readonly'],
  // Copying a plan the tool did not make and sharing the copy needs full Drive (drive.file sees only the app's files).
  provision: ['https://www.googleapis.com/auth/drive'],
};

export interface AuthOptions {
  /** --credentials FILE, else $JOSPAR_ADMIN_CREDENTIALS. */
  credentials?: string;
  /** --as EMAIL: the domain user a service account acts as. */
  subject?: string;
  /** --token FILE: where a person's consent is kept between runs (installed-app flow). */
  tokenFile?: string;
  scopes: string[];
}

export async function adminAuth(
  google: GoogleApis,
  options: AuthOptions,
  log: (s: string) => void,
): Promise<AdminAuth> {
  const file = options.credentials ?? process.env.JOSPAR_ADMIN_CREDENTIALS;
  if (!file) throw new UsageError('--credentials FILE (or JOSPAR_ADMIN_CREDENTIALS) is required');
  if (!existsSync(file)) throw new UsageError(`--credentials: no such file ${file}`);
  let key: Record<string, unknown>;
  try {
    key = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    throw new UsageError(`--credentials: ${file} is not a JSON key file`);
  }
  if (key.type === 'service_account') {
    if (!options.subject) throw new UsageError('a service account needs --as EMAIL (the domain user it acts as)');
    return new google.auth.JWT({ keyFile: file, scopes: options.scopes, subject: options.subject });
  }
  const installed = (key.installed ?? key.web) as { client_id?: string; client_secret?: string } | undefined;
  if (!installed?.client_id)
    throw new UsageError(`--credentials: ${file} is neither a service account nor an OAuth client`);
  if (!options.tokenFile) throw new UsageError('an OAuth client needs --token FILE (where your consent is kept)');
  const client = new google.auth.OAuth2(installed.client_id, installed.client_secret);
  if (existsSync(options.tokenFile)) {
    client.setCredentials(JSON.parse(readFileSync(options.tokenFile, 'utf8')) as Record<string, unknown>);
    return client;
  }
  const tokens = await consent(client, options.scopes, log);
  writeFileSync(options.tokenFile, JSON.stringify(tokens), { mode: 0o600 });
  client.setCredentials(tokens);
  return client;
}

/** The installed-app flow: a loopback page receives the code the consent screen sends back. */
async function consent(client: OAuth2Client, scopes: string[], log: (s: string) => void) {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const redirect = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = client.generateAuthUrl({ access_type: 'offline', scope: scopes, redirect_uri: redirect });
  log(`Open this address in a browser and allow access:\n${url}`);
  const code = await new Promise<string>((ok, fail) => {
    server.on('request', (req, res) => {
      const q = new URL(req.url ?? '/', redirect).searchParams;
      res.end(q.get('code') ? 'Jospar: done, you may close this page.' : 'Jospar: access was not given.');
      if (q.get('code')) ok(q.get('code')!);
      else fail(new UsageError(`consent refused: ${q.get('error') ?? 'no code'}`));
    });
  });
  server.close();
  const { tokens } = await client.getToken({ code, redirect_uri: redirect });
  return tokens;
}
