/**
 * The web app's side of the emulation: ScriptApp.getService() (the URL mail links point to), the event objects
 * doGet(e) and doPost(e) receive, and the Utilities methods that sign the links.
 */
import { webAppEvent } from '../../../src/local/workspace/web-app';
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
