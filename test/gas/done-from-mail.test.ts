/**
 * Reporting done from a mail: the link in a real message (parsed with mailparser) opens the web app's form; a submit
 * marks that item done with the evidence, who and when; any other link (altered, forged, moved to another item,
 * expired, replayed, opened from outside the domain) is refused and changes nothing; a cut at any write of the
 * recording, then the same submit again, ends as an uncut one.
 */
import { simpleParser } from 'mailparser';
import { mailToEml } from '../../src/local/export/eml';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';
import type { AddOn } from '../../src/local/run-addon';
import { webAppEvent } from '../../src/local/workspace/web-app';
import { Workspace } from '../../src/local/workspace/workspace';
import { cellDay, installed, planRow, sheetValues } from '../helpers';
import { EXEC, post, refusal, sweepSubmit } from './web-app-cuts';

const GULNARA = 'gulnara.example@edu.ektu.kz';
const EVIDENCE = 'https://drive.google.com/file/d/evidence';

type Page = { getContent(): string };

async function mailed(): Promise<{ ws: Workspace; addon: AddOn; links: Map<string, string> }> {
  const { ws, addon } = await installed({ now: Date.parse('2025-11-24T04:00:00Z') });
  addon.josparSetUpPlan();
  applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
  addon.josparRefreshDeadlines();
  ws.webAppUrl = EXEC;
  addon.josparDailyMail();
  const mail = ws.mail.sent.find((m) => m.to[0] === GULNARA)!;
  const parsed = await simpleParser(await mailToEml(mail));
  // Each item's link, as a person finds it in the plain-text part and as the HTML part's anchor.
  const links = new Map<string, string>();
  for (const m of String(parsed.text).matchAll(/(https:\/\/script\.google\.com\S+\?i=([\d.]+)\S+)/g))
    links.set(m[2], m[1]);
  for (const url of links.values()) expect(String(parsed.html)).toContain(url.replace(/&/g, '&amp;'));
  return { ws, addon, links };
}

function get(addon: AddOn, url: string): string {
  return (addon.doGet(webAppEvent(new URL(url))) as Page).getContent();
}

/** Everything a refusal must leave as it was: every sheet's values and the document properties. */
function snapshot(ws: Workspace): string {
  const sheets = ws.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]);
  return JSON.stringify([sheets, [...ws.properties.document]]);
}

function lastRows(ws: Workspace, sheet: string, n: number): string[][] {
  return sheetValues(ws, sheet)
    .slice(-n)
    .map((r) => r.slice(1).map(String)); // without the time
}

describe('done from the mail (the web app)', () => {
  it('the link opens the form; a submit marks that item done, with evidence, who and when', async () => {
    const { ws, addon, links } = await mailed();
    expect(links.size).toBeGreaterThan(1);
    const [id, url] = [...links][0];
    // The web app executes as its deployer (the plan's owner): a visitor who may only view the plan writes the Plan,
    // Log and Notifications with the owner's rights, and is the active user, named as who reported.
    ws.spreadsheet._viewers = [GULNARA];
    ws.runAs = GULNARA;
    const form = get(addon, url);
    expect(refusal(form)).toBeNull();
    expect(form).toContain(`[${id}]`);
    expect(form).toContain('<form method="post"');
    const done = post(addon, url, { evidence: EVIDENCE, note: 'Есеп <b>дайын</b>' });
    expect(done).toMatch(new RegExp(`Пункт ${id.replace('.', '\\.')} отмечен выполненным`));
    expect(done).not.toContain('<b>дайын');
    const row = planRow(ws, id);
    expect(row['Мәртебе']).toBe('Орындалды');
    expect(row['Орындалған күні']).toBe(cellDay(new Date(ws.clock.now()))); // the day it was marked
    expect(row['Дәлел сілтемесі']).toBe(EVIDENCE);
    expect(row['Түсініктеме']).toContain(`Есеп <b>дайын</b> (${GULNARA}, хат арқылы)`);
    const [log] = lastRows(ws, 'Журнал', 1);
    expect(log[0]).toBe(GULNARA);
    expect(log[2]).toBe(id);
    expect(log[3]).toContain(EVIDENCE);
    const [note] = lastRows(ws, 'Хабарламалар', 1);
    expect(note[0]).toBe(GULNARA);
    expect(note[2]).toMatch(new RegExp(`^${id.replace('.', '\\.')}#\\d{4}-\\d{2}-\\d{2}#done-mail$`));
    expect(note[3]).toBe('хаттан орындалды деп белгіленді');
  });

  it('altered, forged, cross-item, expired, replayed and outside links are refused and change nothing', async () => {
    const { ws, addon, links } = await mailed();
    const [[idA, a], [idB, b]] = [...links];
    const sigOf = (u: string) => new URL(u).searchParams.get('s')!;
    const swap = (u: string, key: string, value: string) => {
      const x = new URL(u);
      x.searchParams.set(key, value);
      return x.toString();
    };
    ws.runAs = GULNARA;
    const before = snapshot(ws);
    const bad: Array<[string, string]> = [
      [swap(a, 'd', '2025-12-31'), 'altered'], // another occurrence
      [swap(a, 'r', 'aigerim.example@edu.ektu.kz'), 'altered'], // another recipient
      [swap(a, 'x', '2099-01-01'), 'altered'], // a longer life
      [
        swap(
          a,
          's',
          sigOf(a).replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
        ),
        'altered',
      ],
      [swap(a, 's', 'A'.repeat(43)), 'altered'], // forged
      [swap(b, 's', sigOf(a)), 'altered'], // A's signature on item B
      [swap(a, 'i', idB), 'altered'], // A's link pointed at item B
      [a.split('&s=')[0], 'altered'], // no signature
    ];
    for (const [url, why] of bad) {
      expect(refusal(get(addon, url))).toBe(why);
      expect(refusal(post(addon, url, { evidence: EVIDENCE }))).toBe(why);
    }
    expect(refusal(post(addon, a, { evidence: 'javascript:alert(1)' }))).toBe('badEvidence');
    // Outside the deployer's domain: Google refuses before Jospar runs (the manifest's access: DOMAIN) …
    ws.runAs = 'outsider@gmail.com';
    expect(post(addon, a)).toContain('data-google="no-access"');
    // … and a deployment opened to anyone (access: ANYONE) does not tell the web app who an outsider is
    // (Session.getActiveUser is ''): Jospar refuses whom it cannot check, rather than take them for the recipient.
    ws.webApp.access = 'ANYONE';
    expect(refusal(post(addon, a, { evidence: EVIDENCE }))).toBe('outside');
    expect(refusal(get(addon, a))).toBe('outside');
    ws.webApp.access = 'DOMAIN';
    ws.runAs = GULNARA;
    expect(snapshot(ws)).toBe(before);
    // used once, then replayed: refused, nothing more written
    expect(refusal(post(addon, a, { evidence: EVIDENCE }))).toBeNull();
    const once = snapshot(ws);
    expect(refusal(post(addon, a, { evidence: 'https://other.example/x' }))).toBe('used');
    expect(refusal(get(addon, a))).toBe('used');
    expect(snapshot(ws)).toBe(once);
    // expired: 31 days on, B's link is refused
    ws.clock.advance(31 * 24 * 3600 * 1000);
    expect(refusal(post(addon, b))).toBe('expired');
    expect(snapshot(ws)).toBe(once);
    expect(planRow(ws, idB)['Мәртебе']).not.toBe('Орындалды');
    expect(planRow(ws, idA)['Мәртебе']).toBe('Орындалды');
  });

  it('a cut at any write of the recording, then the same submit again, ends as an uncut one', async () => {
    const { ws, links } = await mailed();
    const [, url] = [...links][0];
    const fields = { evidence: EVIDENCE, note: 'ok' };
    const cuts = await sweepSubmit(ws.snapshot(), GULNARA, url, fields, (cut, page) => {
      // cut right after its last write, the job was whole: the same submit again is a replay
      const expected = cut.service === 'properties' && cut.n === cut.writes ? 'used' : null;
      return refusal(page) === expected ? '' : `the page refuses with ${refusal(page)}, not ${expected}`;
    });
    expect(cuts).toBeGreaterThan(4);
  });
});
