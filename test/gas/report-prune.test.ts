/**
 * Notes of reports of done (`jospar.doneLink:<key>`) no longer fill the document properties (500 KB in all, which
 * the emulation enforces: test/local/conformance/properties.test.ts): a report removes, before it is noted, the notes
 * that can no longer matter (core plan/report-prune.ts: report day more than twice a link's life ago, and no pending
 * review naming it). Years of reports stay far under the limit; a link still valid is never pruned, so it cannot be
 * used twice. Before, a store filled by years of notes refused the next report. On the smallest plan.
 */
import { simpleParser } from 'mailparser';
import { addDays } from '../../src/core/calendar/dates';
import { DONE_LINK_DAYS } from '../../src/core/notifications/done-link';
import type { DoneReport } from '../../src/core/plan/done-request';
import { REPORT_PREFIX, REVIEW_PREFIX, staleReportNames } from '../../src/core/plan/report-prune';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';
import { mailToEml } from '../../src/local/export/eml';
import type { AddOn } from '../../src/local/run-addon';
import { PROPERTY_STORE_LIMIT } from '../../src/local/workspace/properties';
import type { Workspace } from '../../src/local/workspace/workspace';
import { installed } from '../helpers';
import { SMALL_PLAN } from '../warm-fixtures';
import { EXEC, post, refusal, sweepSubmit } from './web-app-cuts';

const DAY = 24 * 3600 * 1000;

/** A note as recordDoneRequest leaves it: a real report's size (an evidence link, a short note). */
function note(i: number, day: string): DoneReport {
  return {
    st: 'done',
    o: 'done',
    v: 'mail',
    i: `1.${String((i % 50) + 1).padStart(2, '0')}`,
    d: day,
    e: `https://drive.google.com/file/d/${String(i).padStart(33, 'x')}/view`,
    n: 'Хаттама қол қойылып, тіркелді',
    w: 'gulnara.example@edu.ektu.kz',
    t: day,
    p: 'Жоспарланған',
  };
}
const keyOf = (i: number) => `k${String(i).padStart(23, '0')}`;
const bytes = (m: ReadonlyMap<string, string>) =>
  [...m].reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);

/** The link of the mail "Remind now" sends about `item`, and its recipient. */
async function linkOf(ws: Workspace, addon: AddOn, item: string): Promise<{ url: string; who: string }> {
  addon.josparSidebarRemind(item);
  const mail = ws.mail.sent[ws.mail.sent.length - 1];
  const text = String((await simpleParser(await mailToEml(mail))).text);
  const url = new RegExp(`(https://script\\.google\\.com\\S+\\?i=${item.replace('.', '\\.')}&\\S+)`).exec(text)![1];
  return { url, who: mail.to[0] };
}

describe('notes of reports of done', () => {
  it('years of daily reports stay far under the store limit, and no note of a link still valid goes', () => {
    // Three years, two reports a day, each noted as recordDoneRequest does after removing the stale ones.
    const PER_DAY = 2;
    const store = new Map<string, string>();
    let most = 0;
    const lost: string[] = [];
    let day = '2025-09-01';
    let size = 0;
    const size1 = (name: string) => Buffer.byteLength(name) + Buffer.byteLength(store.get(name) ?? '');
    for (let d = 0, i = 0; d < 3 * 365; d++, day = addDays(day, 1)) {
      for (const name of staleReportNames(Object.fromEntries(store), day)) {
        size -= size1(name);
        store.delete(name);
      }
      for (let j = 0; j < PER_DAY; j++, i++) {
        store.set(REPORT_PREFIX + keyOf(i), JSON.stringify(note(i, day)));
        size += size1(REPORT_PREFIX + keyOf(i));
      }
      // every note of a report in a link's life (a link of a mail sent that day or since) is still there
      for (let back = 0; back <= DONE_LINK_DAYS && d - back >= 0; back++)
        for (let j = 0; j < PER_DAY; j++)
          if (!store.has(REPORT_PREFIX + keyOf((d - back) * PER_DAY + j))) lost.push(day);
      most = Math.max(most, size);
    }
    expect(lost).toEqual([]);
    expect(size).toBe(bytes(store));
    // Unpruned the store would hold 2,190 notes, about 730 KB: over the limit.
    expect(2190 * (size / store.size)).toBeGreaterThan(PROPERTY_STORE_LIMIT);
    expect(most).toBeLessThan(PROPERTY_STORE_LIMIT / 4);
  });

  it('a store filled by years of notes takes the next report; a valid link stays used; a review keeps its', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2025-10-01T04:00:00Z') });
    addon.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
    applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
    ws.webAppUrl = EXEC;
    const first = await linkOf(ws, addon, '1.07'); // the mail, before the store is full (it writes there too)
    // As an earlier release left it: notes of about three years of reports, up to the last few kilobytes.
    const props = ws.properties.document;
    // (Room is left for the two notes below and less than a report's: unpruned, the next report is refused.)
    let i = 0;
    for (let day = '2022-09-01', size = bytes(props); ; i++) {
      const [name, value] = [REPORT_PREFIX + keyOf(i), JSON.stringify(note(i, day))];
      if (size + Buffer.byteLength(name) + Buffer.byteLength(value) > PROPERTY_STORE_LIMIT - 1000) break;
      props.set(name, value);
      size += Buffer.byteLength(name) + Buffer.byteLength(value);
      if (i % 2) day = addDays(day, 1); // two reports a day
    }
    const recent = REPORT_PREFIX + keyOf(i);
    props.set(recent, JSON.stringify(note(i, '2025-09-20'))); // a link that may still be good
    // An old report still awaiting the keeper: its note is what the keeper's answer reads.
    const reviewed = keyOf(i + 1);
    const waiting = { ...note(i + 1, '2025-06-02'), o: 'review' as const, i: '4.19' };
    props.set(REPORT_PREFIX + reviewed, JSON.stringify(waiting));
    props.set(`${REVIEW_PREFIX}4.19`, JSON.stringify({ k: reviewed, r: waiting }));
    expect(props.size).toBeGreaterThan(1000);
    expect(PROPERTY_STORE_LIMIT - bytes(props)).toBeLessThan(300);

    ws.runAs = first.who;
    expect(post(addon, first.url, {})).toContain('1.07');
    expect(refusal(post(addon, first.url, {}))).toBe('used');
    const notes = [...props.keys()].filter((k) => k.startsWith(REPORT_PREFIX));
    expect(notes.length).toBe(3); // the recent one, the one under review, and this report's
    expect(notes).toEqual(expect.arrayContaining([recent, REPORT_PREFIX + reviewed]));
    expect(bytes(props)).toBeLessThan(20_000);

    // On the link's last good day another report prunes again: the first link's note stays, so it is still used.
    ws.clock.advance(DONE_LINK_DAYS * DAY);
    const second = await linkOf(ws, addon, '1.09');
    ws.runAs = second.who;
    expect(post(addon, second.url, {})).toContain('1.09');
    ws.runAs = first.who;
    expect(refusal(post(addon, first.url, {}))).toBe('used');
    // The day after, the first link is refused as expired whatever the notes hold.
    ws.clock.advance(DAY);
    expect(refusal(post(addon, first.url, {}))).toBe('expired');
  });

  it('a report cut off at any write (removing stale notes among them), then sent again, ends as an uncut one', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2025-10-01T04:00:00Z') });
    addon.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
    applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
    ws.webAppUrl = EXEC;
    const { url, who } = await linkOf(ws, addon, '1.07');
    for (let i = 0; i < 3; i++)
      ws.properties.document.set(REPORT_PREFIX + keyOf(i), JSON.stringify(note(i, '2025-05-05')));
    // Each end is compared in full (the notes among the document properties), as the uncut report left it.
    const deletes: number[] = [];
    const cuts = await sweepSubmit(ws.snapshot(), who, url, {}, (cut) => {
      if (cut.service === 'properties') deletes.push(cut.writes);
      return '';
    });
    expect(deletes[0]).toBeGreaterThanOrEqual(4); // three removals and the note itself, at least
    expect(cuts).toBeGreaterThan(deletes[0]);
  });
});
