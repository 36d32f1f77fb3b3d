/**
 * google.script.run for a page served locally: the same chainable API Apps Script gives a sidebar
 * (https://developers.google.com/apps-script/guides/html/reference/run) — withSuccessHandler, withFailureHandler,
 * withUserObject, then any server function by name — posting the call to the local server, which runs that entry
 * function of dist/Code.js. Arguments pass as JSON, as Apps Script passes them: functions, Dates and DOM elements are
 * refused; undefined in arrays becomes null. Each call sends back the server's per-run token (request-guard.ts).
 */
export function bridgeScript(endpoint = '/run/', token = ''): string {
  return `(function () {
  var ENDPOINT = ${JSON.stringify(endpoint)};
  var TOKEN = ${JSON.stringify(token)};
  function legal(v) {
    if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === undefined) return true;
    if (typeof v === 'function' || v instanceof Date || (typeof Node !== 'undefined' && v instanceof Node)) return false;
    if (Array.isArray(v)) return v.every(legal);
    if (typeof v === 'object') return Object.keys(v).every(function (k) { return legal(v[k]); });
    return false;
  }
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (name in t) return t[name];
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var fail = function (message) {
            var e = new Error(message);
            if (failure) failure(e, userObject); else console.error(e);
          };
          if (!args.every(legal)) { setTimeout(function () { fail('Invalid argument for ' + name); }); return; }
          fetch(ENDPOINT + encodeURIComponent(name), {
            method: 'POST', body: JSON.stringify(args),
            headers: { 'Content-Type': 'application/json', 'X-Jospar-Token': TOKEN }
          }).then(function (r) { return r.json(); }).then(function (answer) {
            if (answer && answer.error !== undefined) fail(answer.error);
            else if (success) success(answer.value, userObject);
            try { window.parent.postMessage('jospar:changed', '*'); } catch (e) {}
          }, function (e) { fail(String(e && e.message || e)); });
        };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = runner(null, null, undefined);
  window.google.script.host = { close: function () {}, setHeight: function () {}, setWidth: function () {},
    editor: { focus: function () {} } };
})();`;
}

/** The served sidebar: the bridge first in <head>, so the page's own script finds google.script.run. */
export function withBridge(html: string, script = bridgeScript()): string {
  return html.replace(/<head>/i, () => `<head><script>${script}</script>`);
}
