/**
 * `jospar serve`: the sidebar on http://127.0.0.1, its google.script.run calls answered by the same entry functions of
 * dist/Code.js running on the local Workspace, beside a read-only view of the sheets. Only entry functions Apps Script
 * would let a page call are run (top-level, not ending in "_"); the state is saved after every call when a file is
 * given. Requests from anywhere but the pages it served are refused (request-guard.ts: Host, Origin, the run's token).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { AddOn } from '../run-addon';
import type { Workspace } from '../workspace/workspace';
import { bridgeScript, withBridge } from './bridge';
import { CardSessions, type CardSource } from './card-page';
import { foreignRequest, hasToken, newToken } from './request-guard';
import { servePage, sheetsHtml } from './sheets-page';
import { webAppEvent } from '../workspace/web-app';

export interface Served {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

export function startServer(options: {
  ws: Workspace;
  addon: AddOn;
  port?: number;
  statePath?: string;
  log?: (line: string) => void;
  /** The Workspace add-on's cards, shown at /cards/calendar and /cards/gmail (card-page.ts). */
  cards?: CardSource;
}): Promise<Served> {
  const { ws, addon, statePath } = options;
  const cards = options.cards ? new CardSessions(options.cards) : null;
  const callable = new Set(Object.keys(addon).filter((n) => n !== 'context' && !n.endsWith('_')));
  const save = () => {
    if (statePath) writeFileSync(statePath, JSON.stringify(ws.toJSON()));
  };

  const token = newToken();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const foreign = foreignRequest(req, req.socket.localPort ?? 0);
    if (foreign) return send(res, 403, 'text/plain', `refused: ${foreign}`);
    // The web app (doGet/doPost) answers as Google's /exec does: a mail's link needs no token, its own signature is
    // what the add-on checks; a cross-site POST is still refused above by its Origin.
    if (url.pathname === '/exec' && (req.method === 'GET' || req.method === 'POST')) {
      const post =
        req.method === 'POST'
          ? { type: String(req.headers['content-type'] ?? ''), contents: await body(req) }
          : undefined;
      const event = webAppEvent(url, post);
      const out = (post ? addon.doPost(event) : addon.doGet(event)) as { getContent(): string };
      options.log?.(`${post ? 'doPost' : 'doGet'}(${url.search.slice(0, 60)})`);
      save();
      return send(res, 200, 'text/html', out.getContent());
    }
    const cardPage = /^\/cards\/(calendar|gmail)$/.exec(url.pathname);
    const page =
      req.method === 'GET' && (url.pathname === '/' || url.pathname === '/sidebar' || (!!cardPage && !!cards));
    // The two pages hand out the token; everything else reads or changes the workspace and must send it back.
    if (!page && !hasToken(req, token)) return send(res, 403, 'text/plain', 'refused: no valid token');
    if (req.method === 'GET' && url.pathname === '/')
      return send(res, 200, 'text/html', servePage(ws.spreadsheet.getName(), token));
    if (req.method === 'GET' && url.pathname === '/sidebar') {
      // The page the add-on itself hands Ui.showSidebar (menu "Open the sidebar"), as Apps Script would serve it.
      addon.josparShowSidebar();
      const shown = ws.ui.sidebars[ws.ui.sidebars.length - 1];
      return send(res, 200, 'text/html', withBridge(shown.html, bridgeScript('/run/', token)));
    }
    if (cards && cardPage && req.method === 'GET') {
      const html = cards.page(cardPage[1] as 'calendar' | 'gmail', url.searchParams.get('id'), token);
      save();
      return send(res, 200, 'text/html', html);
    }
    if (cards && req.method === 'POST' && url.pathname.startsWith('/cards/act/')) {
      let request: unknown;
      try {
        request = JSON.parse(await body(req));
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ error: 'not JSON' }));
      }
      const answer = cards.act(url.pathname.slice('/cards/act/'.length), request);
      if (!answer) return send(res, 404, 'application/json', JSON.stringify({ error: 'no such card session' }));
      save();
      return send(res, 200, 'application/json', JSON.stringify(answer));
    }
    if (req.method === 'GET' && url.pathname === '/sheets')
      return send(res, 200, 'text/html', sheetsHtml(ws.spreadsheet, url.searchParams.get('sheet') ?? ''));
    if (req.method === 'POST' && url.pathname === '/select') {
      const { sheet, row } = JSON.parse(await body(req)) as { sheet?: string; row?: number };
      const target = ws.spreadsheet.getSheetByName(String(sheet));
      if (!target || !Number.isInteger(row) || row! < 1)
        return send(res, 400, 'application/json', '{"error":"bad row"}');
      ws.spreadsheet.setActiveRange(target.getRange(row!, 1, 1, Math.max(1, target.getLastColumn())));
      save();
      return send(res, 200, 'application/json', '{}');
    }
    if (req.method === 'POST' && url.pathname.startsWith('/run/')) {
      const name = decodeURIComponent(url.pathname.slice(5));
      if (!callable.has(name))
        return send(res, 404, 'application/json', JSON.stringify({ error: `Script function not found: ${name}` }));
      let args: unknown;
      try {
        args = JSON.parse(await body(req));
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ error: 'arguments are not JSON' }));
      }
      if (!Array.isArray(args)) return send(res, 400, 'application/json', JSON.stringify({ error: 'arguments' }));
      try {
        const value = addon[name](...args);
        options.log?.(`${name}(${JSON.stringify(args).slice(1, -1).slice(0, 80)})`);
        save();
        // Return values pass as JSON, as google.script.run passes them.
        return send(res, 200, 'application/json', JSON.stringify({ value: value === undefined ? null : value }));
      } catch (e) {
        save();
        return send(res, 200, 'application/json', JSON.stringify({ error: String((e as Error)?.message ?? e) }));
      }
    }
    return send(res, 404, 'text/plain', 'not found');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => send(res, 500, 'text/plain', String((e as Error)?.message ?? e)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Localhost only: the emulated workspace is nobody else's business.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      // The web app is "deployed" at this server's /exec: ScriptApp.getService().getUrl() answers it, so the mail
      // links point here.
      ws.webAppUrl = `http://127.0.0.1:${port}/exec`;
      resolve({
        url: `http://127.0.0.1:${port}`,
        server,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections(); // a browser keeps its connections open; closing ends them
          }),
      });
    });
  });
}

function send(res: ServerResponse, status: number, type: string, text: string): void {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  res.end(text);
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error('request too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
