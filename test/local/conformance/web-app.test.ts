/**
 * The web app's side of the emulation: ScriptApp.getService() (the URL mail links point to), the event objects
 * doGet(e) and doPost(e) receive, and the Utilities methods that sign the links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAddOn, ROOT } from '../../../src/local/run-addon';
import { webAppEvent, webAppManifest } from '../../../src/local/workspace/web-app';
import type { Workspace } from '../../../src/local/workspace/workspace';
import { documented, GAS, gas, workspace } from './reference';

const WEB = 'https://developers.google.com/apps-script/guides/web';

describe('ScriptApp.getService', () => {
  documented(
    `${GAS}script/service#getUrl()`,
    'getUrl() returns the URL of the web app if it has been deployed, otherwise null; isEnabled() says whether it is',
    () => {
      const ws = workspace();
      expect(gas(ws).ScriptApp.getService().getUrl()).toBeNull();
      expect(gas(ws).ScriptApp.getService().isEnabled()).toBe(false);
      ws.webAppUrl = 'https://script.google.com/a/macros/edu.ektu.kz/s/x/exec';
      expect(gas(ws).ScriptApp.getService().getUrl()).toBe('https://script.google.com/a/macros/edu.ektu.kz/s/x/exec');
      expect(gas(ws).ScriptApp.getService().isEnabled()).toBe(true);
    },
  );
});

describe('doGet(e) and doPost(e) event objects', () => {
  documented(
    `${WEB}#request_parameters`,
    'a GET: queryString, parameter (first value of each), parameters (every value), contextPath always "", ' +
      'contentLength -1, no postData',
    () => {
      const e = webAppEvent(new URL('https://script.google.com/s/x/exec?name=alice&n=1&n=2'));
      expect(e).toEqual({
        queryString: 'name=alice&n=1&n=2',
        parameter: { name: 'alice', n: '1' },
        parameters: { name: ['alice'], n: ['1', '2'] },
        contextPath: '',
        contentLength: -1,
      });
      expect(webAppEvent(new URL('https://script.google.com/s/x/exec')).queryString).toBeNull();
    },
  );
  documented(`${WEB}#request_parameters`, 'the URL path after /exec is pathInfo', () => {
    expect(webAppEvent(new URL('https://script.google.com/s/x/exec/hello')).pathInfo).toBe('hello');
  });
  documented(
    `${WEB}#request_parameters`,
    'a POST: postData holds length (= contentLength), the MIME type, the body text and the name "postData"; ' +
      "a form's fields are parameters too",
    () => {
      const contents = 'evidence=https%3A%2F%2Fx.kz&note=ok';
      const e = webAppEvent(new URL('https://script.google.com/s/x/exec?i=1.07'), {
        type: 'application/x-www-form-urlencoded',
        contents,
      });
      expect(e.contentLength).toBe(contents.length);
      expect(e.postData).toEqual({
        length: contents.length,
        type: 'application/x-www-form-urlencoded',
        contents,
        name: 'postData',
      });
      expect(e.parameter).toEqual({ i: '1.07', evidence: 'https://x.kz', note: 'ok' });
    },
  );
});

describe('Utilities: signing', () => {
  documented(
    `${GAS}utilities/utilities#computeHmacSha256Signature(String,String)`,
    'computeHmacSha256Signature(value, key) is HMAC-SHA256 as a byte array (signed bytes); RFC 4231 test case 2',
    () => {
      const bytes = gas(workspace()).Utilities.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
      expect(bytes).toHaveLength(32);
      expect(bytes.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(true);
      const hex = bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
      expect(hex).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    },
  );
  documented(
    `${GAS}utilities/utilities#base64EncodeWebSafe(Byte)`,
    'base64EncodeWebSafe uses the web-safe alphabet ("-" and "_" for "+" and "/")',
    () => {
      const u = gas(workspace()).Utilities;
      const bytes = [-5, -1, -65]; // fb ff bf: "+/+/" in plain base64
      expect(u.base64Encode(bytes)).toBe('+/+/');
      expect(u.base64EncodeWebSafe(bytes)).toBe('-_-_');
    },
  );
});

describe('what a web app has of a document', () => {
  documented(
    `${GAS}lock/lock-service#getDocumentLock()`,
    'getDocumentLock() returns null when called outside a containing document, such as from a web app; the script ' +
      'lock is there',
    () => {
      const ws = workspace();
      expect(gas(ws).LockService.getDocumentLock()).not.toBeNull();
      ws.inWebApp = true;
      expect(gas(ws).LockService.getDocumentLock()).toBeNull();
      expect(gas(ws).LockService.getScriptLock().tryLock(100)).toBe(true);
    },
  );
  documented(
    `${GAS}properties/properties-service#getDocumentProperties()`,
    'getDocumentProperties() is available only to an add-on or a script bound to a file: null in the web app of a ' +
      'standalone project (the web-app deployment of a published add-on), a store in the web app of a bound script',
    () => {
      const ws = workspace();
      ws.inWebApp = true;
      expect(gas(ws).PropertiesService.getDocumentProperties()).not.toBeNull();
      ws.deployment = 'addon';
      expect(gas(ws).PropertiesService.getDocumentProperties()).toBeNull();
      expect(gas(ws).PropertiesService.getScriptProperties()).not.toBeNull();
    },
  );
  documented(
    `${GAS}spreadsheet/spreadsheet-app#getActive()`,
    'getActive() returns the active spreadsheet, or null if there is none: a standalone project’s web app has none',
    () => {
      const ws = workspace();
      ws.inWebApp = true;
      expect(gas(ws).SpreadsheetApp.getActive()).not.toBeNull();
      ws.deployment = 'addon';
      expect(gas(ws).SpreadsheetApp.getActive()).toBeNull();
      expect(gas(ws).SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    },
  );
});

/**
 * Whom a web app runs as. Each case runs a doGet of its own through loadAddOn, as Google would run it: the manifest's
 * `webapp` (appsscript.json: executeAs USER_DEPLOYING, access DOMAIN) read when the project loads, the visitor named
 * by runAs, the deployer the workspace's user (the plan's owner) unless webApp.deployer says otherwise.
 */
describe('whom a web app runs as', () => {
  const MANIFEST = 'https://developers.google.com/apps-script/manifest/web-app-api-executable';
  const AUTH = 'https://developers.google.com/apps-script/guides/services/authorization';
  const OWNER = 'specialist@edu.ektu.kz';
  const VISITOR = 'gulnara.example@edu.ektu.kz';
  // What the web app sees of itself: whose rights, who visits, the user properties and the mail it sends.
  const CODE = `function doGet(e) {
    var props = PropertiesService.getUserProperties();
    props.setProperty('visits', String(Number(props.getProperty('visits') || 0) + 1));
    var lock = LockService.getUserLock();
    lock.tryLock(0);
    MailApp.sendEmail('dean@edu.ektu.kz', 'seen', 'body');
    return HtmlService.createHtmlOutput(
      Session.getEffectiveUser().getEmail() + '|' + Session.getActiveUser().getEmail() + '|' + lock.hasLock());
  }`;

  /** The project loaded once (which reads the manifest); each call of what it gives is one visit, its page's text. */
  function deployed(ws: Workspace): (visitor: string) => string {
    const addon = loadAddOn(ws, CODE);
    return (visitor) => {
      ws.runAs = visitor;
      return (addon.doGet({}) as { getContent(): string }).getContent();
    };
  }

  documented(
    `${MANIFEST}#webapp`,
    'Jospar’s manifest: executeAs USER_DEPLOYING (runs as the user who deployed it), access DOMAIN; loading reads it',
    () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as unknown;
      expect(webAppManifest(manifest)).toEqual({ executeAs: 'USER_DEPLOYING', access: 'DOMAIN' });
      const ws = workspace();
      deployed(ws);
      expect(ws.webApp).toMatchObject({ executeAs: 'USER_DEPLOYING', access: 'DOMAIN' });
    },
  );

  documented(
    `${GAS}base/session#getEffectiveUser()`,
    'USER_DEPLOYING: getEffectiveUser is the deployer ("a web app set to execute as me … the developer"); the user ' +
      'properties, user lock and mail quota used are the deployer’s, whoever visits',
    () => {
      const ws = workspace();
      const visit = deployed(ws);
      expect(visit(VISITOR)).toBe(`${OWNER}|${VISITOR}|true`);
      expect(ws.properties.user.get('visits')).toBe('1');
      expect(ws.otherUsers.get(VISITOR)?.properties.get('visits')).toBeUndefined();
      expect(ws.mail.sent.map((m) => m.from)).toEqual([OWNER]);
      // The run ended: its user lock (the deployer's) is released; the next visit is the deployer's again.
      expect(visit('aigerim.example@edu.ektu.kz')).toBe(`${OWNER}|aigerim.example@edu.ektu.kz|true`);
      expect(ws.properties.user.get('visits')).toBe('2');
      // Another run of the deployer's holds the deployer's user lock: this visitor's run cannot take it.
      ws.holdLock('user', { user: OWNER });
      expect(visit(VISITOR)).toBe(`${OWNER}|${VISITOR}|false`);
    },
  );

  documented(
    `${GAS}base/session#getActiveUser()`,
    'USER_DEPLOYING runs without the visitor’s authorization: getActiveUser gives the visitor’s address only when ' +
      'the visitor is the developer or of the developer’s Google Workspace domain, else a blank string',
    () => {
      const ws = workspace();
      const page = deployed(ws);
      ws.webApp.access = 'ANYONE';
      expect(page(VISITOR)).toBe(`${OWNER}|${VISITOR}|true`);
      expect(page('someone@other.kz')).toBe(`${OWNER}||true`);
      ws.webApp.deployer = 'owner@gmail.com'; // a consumer account: no Workspace domain to share
      expect(page('owner@gmail.com')).toBe('owner@gmail.com|owner@gmail.com|true');
      expect(page('friend@gmail.com')).toBe('owner@gmail.com||true');
    },
  );

  documented(
    `${MANIFEST}#webapp`,
    'USER_ACCESSING: the web app runs as the user accessing it (both Session users, their properties and mail)',
    () => {
      const ws = workspace();
      const visit = deployed(ws); // loading reads the manifest's USER_DEPLOYING: another deployment after it
      ws.webApp.executeAs = 'USER_ACCESSING';
      expect(visit(VISITOR)).toBe(`${VISITOR}|${VISITOR}|true`);
      expect(ws.otherUsers.get(VISITOR)?.properties.get('visits')).toBe('1');
      expect(ws.mail.sent.map((m) => m.from)).toEqual([VISITOR]);
    },
  );

  documented(
    `${MANIFEST}#webapp`,
    'access DOMAIN: only users in the deployer’s domain can run it (anyone else gets Google’s page, the script does ' +
      'not run); ANYONE: any signed-in user; MYSELF: the deployer only',
    () => {
      const ws = workspace();
      const visit = deployed(ws);
      expect(visit('outsider@gmail.com')).toContain('data-google="no-access"');
      expect(ws.mail.sent).toEqual([]);
      expect(visit(VISITOR)).toBe(`${OWNER}|${VISITOR}|true`);
      ws.webApp.access = 'ANYONE';
      expect(visit('outsider@gmail.com')).toBe(`${OWNER}||true`);
      ws.webApp.access = 'MYSELF';
      expect(visit(VISITOR)).toContain('data-google="no-access"');
      expect(visit(OWNER)).toBe(`${OWNER}|${OWNER}|true`);
    },
  );

  documented(
    `${AUTH}#permissions_and_types_of_scripts`,
    'a web app runs as the user at the keyboard or the script owner, as deployed; outside it (a menu run) both ' +
      'Session users are the one at the keyboard again',
    () => {
      const ws = workspace();
      deployed(ws)(VISITOR);
      const { Session } = gas(ws);
      expect(Session.getEffectiveUser().getEmail()).toBe(VISITOR);
      expect(Session.getActiveUser().getEmail()).toBe(VISITOR);
    },
  );
});
