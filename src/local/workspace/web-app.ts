/**
 * The event objects Apps Script hands a web app's doGet(e) and doPost(e) (guides/web, "Request parameters"): the query
 * string, its parameters (the first value of each, and every value), the path after /exec, an always empty context
 * path, the content length (-1 for a GET) and, for a POST, the body as postData. A form POST's fields
 * (application/x-www-form-urlencoded) join the query's parameters.
 */
export interface WebAppEvent {
  queryString: string | null;
  parameter: Record<string, string>;
  parameters: Record<string, string[]>;
  pathInfo?: string;
  contextPath: string;
  contentLength: number;
  postData?: { length: number; type: string; contents: string; name: 'postData' };
}

export function webAppEvent(url: URL, post?: { type: string; contents: string }): WebAppEvent {
  const query = url.search.replace(/^\?/, '');
  const pairs = [...new URLSearchParams(query)];
  if (post && /^application\/x-www-form-urlencoded\b/i.test(post.type))
    pairs.push(...new URLSearchParams(post.contents));
  const parameters: Record<string, string[]> = {};
  for (const [k, v] of pairs) (parameters[k] ??= []).push(v);
  const parameter = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]]));
  const path = /\/exec\/(.+)$/.exec(url.pathname)?.[1];
  const length = post ? Buffer.byteLength(post.contents) : -1;
  return {
    queryString: query === '' ? null : query,
    parameter,
    parameters,
    ...(path ? { pathInfo: decodeURIComponent(path) } : {}),
    contextPath: '',
    contentLength: length,
    ...(post ? { postData: { length, type: post.type, contents: post.contents, name: 'postData' as const } } : {}),
  };
}

/**
 * The manifest's `webapp` (manifest/web-app-api-executable): `executeAs` says whose identity the web app runs under,
 * USER_DEPLOYING the user who deployed it, USER_ACCESSING the user visiting it; `access` who may run it at all:
 * MYSELF the deployer only, DOMAIN users in the deployer's domain, ANYONE any signed-in user, ANYONE_ANONYMOUS anyone.
 */
export interface WebAppManifest {
  executeAs: 'USER_DEPLOYING' | 'USER_ACCESSING';
  access: 'MYSELF' | 'DOMAIN' | 'ANYONE' | 'ANYONE_ANONYMOUS';
}

/** What a project without a `webapp` section gets, and what Jospar's manifest says (appsscript.json). */
export const WEB_APP_DEFAULT: WebAppManifest = { executeAs: 'USER_DEPLOYING', access: 'DOMAIN' };

/** The manifest's `webapp` section as the emulation reads it: anything unknown falls back to the default. */
export function webAppManifest(manifest: unknown): WebAppManifest {
  const w = (manifest as { webapp?: Partial<Record<keyof WebAppManifest, unknown>> } | null)?.webapp ?? {};
  const executeAs = w.executeAs === 'USER_ACCESSING' ? 'USER_ACCESSING' : WEB_APP_DEFAULT.executeAs;
  const accesses = ['MYSELF', 'DOMAIN', 'ANYONE', 'ANYONE_ANONYMOUS'] as const;
  const access = accesses.find((a) => a === w.access) ?? WEB_APP_DEFAULT.access;
  return { executeAs, access };
}

/** Google accounts that belong to no Workspace domain: two of them share no domain in Apps Script's sense. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Whether two accounts are of one Google Workspace domain. */
export function sameWorkspaceDomain(a: string, b: string): boolean {
  const d = domainOf(a);
  return a.includes('@') && b.includes('@') && d === domainOf(b) && !CONSUMER_DOMAINS.has(d);
}

/**
 * Whether Google lets `visitor` ('' when not signed in) run the web app at all: a visitor the access setting leaves
 * out gets Google's own page and the script does not run.
 */
export function mayVisit(app: WebAppManifest, deployer: string, visitor: string): boolean {
  if (app.access === 'ANYONE_ANONYMOUS') return true;
  if (!visitor) return false;
  if (app.access === 'ANYONE') return true;
  if (visitor.toLowerCase() === deployer.toLowerCase()) return true;
  return app.access === 'DOMAIN' && sameWorkspaceDomain(visitor, deployer);
}

/**
 * Who a web app's run is (base/session): the effective user, whose rights, services, quotas and user properties it
 * uses, is the deployer when it executes as USER_DEPLOYING ("execute as me"), else the visitor. The active user is the
 * visitor, but a web app executing as its deployer runs without the visitor's authorization, and there Google gives
 * the visitor's address only when the visitor is the deployer or of the deployer's Google Workspace domain; otherwise
 * getEmail() is ''.
 */
export function webAppUsers(
  app: WebAppManifest,
  deployer: string,
  visitor: string,
): { effective: string; active: string } {
  if (app.executeAs === 'USER_ACCESSING') return { effective: visitor, active: visitor };
  const told = visitor.toLowerCase() === deployer.toLowerCase() || sameWorkspaceDomain(visitor, deployer);
  return { effective: deployer, active: told ? visitor : '' };
}

/**
 * What the emulation answers in place of Google's own page for a visitor the access setting leaves out (Google's
 * text, not Jospar's, so not translated): the script does not run. Marked for tests by data-google.
 */
export const NO_ACCESS_PAGE =
  '<!doctype html><title>Google Apps Script</title>' +
  '<p data-google="no-access">You need access: this web app is not shared with your account.</p>';
