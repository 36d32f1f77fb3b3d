/**
 * "Submitted for review" (Settings doneReview): with a keeper confirming, a submit from a mail's link records the item
 * as submitted for review (the state word in the Plan, who/when/evidence in the Log and Notifications) and not done;
 * the keeper confirms it from the sidebar (done on the day reported, by whom it was reported) or returns it (its
 * Status back, with the keeper's note). A run cut off at any write while recording the submit, then sent again, ends
 * as an uncut one. On the smallest plan (test/warm-fixtures.ts SMALL_PLAN), the link from a real message.
 */
import { simpleParser } from 'mailparser';
import { mailToEml } from '../../src/local/export/eml';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';
import type { AddOn } from '../../src/local/run-addon';
import { Workspace } from '../../src/local/workspace/workspace';
import { installed, planRow, setSettingValue, sheetValues } from '../helpers';
import { SMALL_PLAN } from '../warm-fixtures';
import { EXEC, post, refusal, sweepSubmit } from './web-app-cuts';

const EVIDENCE = 'https://drive.google.com/file/d/evidence';
const KEEPER = 'keeper.example@edu.ektu.kz';
const ITEM = '1.09';

type Reply = { ok: boolean; value?: unknown; error?: string };

/** The small plan, a keeper confirming, and the mail "Remind now" sends about ITEM: its link and its recipient. */
async function submitted(): Promise<{ ws: Workspace; addon: AddOn; url: string; who: string }> {
  const { ws, addon } = await installed({ now: Date.parse('2025-10-01T04:00:00Z') });
  addon.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
  applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
  expect(setSettingValue(ws, 'doneReview', 'иә')).toBeGreaterThan(1);
  ws.webAppUrl = EXEC;
  addon.josparSidebarRemind(ITEM);
  const mail = ws.mail.sent[ws.mail.sent.length - 1];
  const parsed = await simpleParser(await mailToEml(mail));
  const url = new RegExp(`(https://script\\.google\\.com\\S+\\?i=${ITEM.replace('.', '\\.')}&\\S+)`).exec(
    String(parsed.text),
  )![1];
  return { ws, addon, url, who: mail.to[0] };
}

function lastRow(ws: Workspace, sheet: string): string[] {
  return sheetValues(ws, sheet).slice(-1)[0].map(String);
}

describe('submitted for review', () => {
  it('a submit from the mail waits for the keeper: state word, Log and Notifications say who and when', async () => {
    const { ws, addon, url, who } = await submitted();
    ws.runAs = who;
    const page = post(addon, url, { evidence: EVIDENCE, note: 'дайын' });
    expect(page).toContain(`${ITEM} тармағы тексеруге жіберілді`);
    const row = planRow(ws, ITEM);
    expect(row['Мәртебе']).toBe('Тексеруге жіберілді');
    expect(row['Орындалған күні']).toBe('2025-10-01');
    expect(row['Күйі']).toBe('Тексеруге жіберілді 01.10.2025');
    expect(row['Дәлел сілтемесі']).toBe(EVIDENCE);
    const log = lastRow(ws, 'Журнал');
    expect(log.slice(1, 4)).toEqual([who, 'Тексеруге жіберілді', ITEM]);
    expect(log[4]).toContain(EVIDENCE);
    const note = lastRow(ws, 'Хабарламалар');
    expect(note.slice(1)).toEqual(expect.arrayContaining([who, 'тексеруге жіберілді']));
    // the sidebar's card shows it, with the report, and the Overview counts it under its own column
    ws.runAs = KEEPER;
    const open = addon.josparSidebarOpen({ id: ITEM }) as Reply;
    const item = (open.value as { item: Record<string, unknown> }).item;
    expect(item.state).toBe('submitted');
    expect(item.review).toEqual({ who, day: '2025-10-01', evidence: EVIDENCE, note: 'дайын', via: 'mail' });
    // no reminder chases a reported item
    const sent = ws.mail.sent.length;
    addon.josparSidebarRemind(ITEM);
    expect(ws.mail.sent.length).toBe(sent);
  });

  it('the keeper confirms: done on the day reported, the reporter named; the link is used', async () => {
    const { ws, addon, url, who } = await submitted();
    ws.runAs = who;
    post(addon, url, { evidence: EVIDENCE });
    ws.clock.advance(3 * 24 * 3600 * 1000);
    ws.runAs = KEEPER;
    expect((addon.josparSidebarConfirmReview(ITEM) as Reply).ok).toBe(true);
    const row = planRow(ws, ITEM);
    expect(row['Мәртебе']).toBe('Орындалды');
    expect(row['Орындалған күні']).toBe('2025-10-01');
    const log = lastRow(ws, 'Журнал');
    expect(log.slice(1, 4)).toEqual([KEEPER, 'Орындалуы расталды', ITEM]);
    expect(log[4]).toContain(`${who} · 01.10.2025`);
    expect(lastRow(ws, 'Хабарламалар')).toEqual(expect.arrayContaining([who, 'орындалуы расталды']));
    expect(refusal(post(addon, url, {}))).toBe('used');
    // Nothing awaits review now: the answer says so without reading Settings (only the words of an answer need it).
    ws.counter.reset();
    expect((addon.josparSidebarConfirmReview(ITEM) as Reply).ok).toBe(false);
    expect(ws.counter.perSheet.get('read:Баптаулар') ?? 0).toBe(0);
    expect(ws.counter.perSheet.get('read:Жоспар')).toBeGreaterThan(0);
  });

  it('the keeper returns it: its Status back, Date done cleared, the note in Notes, Log and Notifications', async () => {
    const { ws, addon, url, who } = await submitted();
    const before = planRow(ws, ITEM)['Мәртебе'];
    ws.runAs = who;
    post(addon, url, { evidence: EVIDENCE });
    ws.runAs = KEEPER;
    expect((addon.josparSidebarReturnReview(ITEM, 'Хаттама қол қойылмаған') as Reply).ok).toBe(true);
    const row = planRow(ws, ITEM);
    expect(row['Мәртебе']).toBe(before);
    expect(row['Орындалған күні']).toBe('');
    expect(row['Түсініктеме']).toContain(`Тексеруден қайтарылды 01.10.2025 (${KEEPER}): Хаттама қол қойылмаған`);
    expect(lastRow(ws, 'Журнал').slice(2, 4)).toEqual(['Тексеруден қайтарылды', ITEM]);
    expect(lastRow(ws, 'Хабарламалар')).toEqual(expect.arrayContaining([who, 'қайтарылды']));
    expect(
      (addon.josparSidebarOpen({ id: ITEM }) as Reply & { value: { item: { review: unknown } } }).value.item,
    ).toMatchObject({ review: null });
  });

  it("the web app of the published add-on's project (no spreadsheet of its own) says so and changes nothing", async () => {
    const { ws, addon, url, who } = await submitted();
    ws.runAs = who;
    ws.deployment = 'addon';
    const before = JSON.stringify([sheetValues(ws, 'Жоспар'), [...ws.properties.document]]);
    expect(refusal(post(addon, url, { evidence: EVIDENCE }))).toBe('unavailable');
    expect(JSON.stringify([sheetValues(ws, 'Жоспар'), [...ws.properties.document]])).toBe(before);
  });

  it('a submit cut off at any write, then sent again, ends as an uncut one', async () => {
    const { ws, url, who } = await submitted();
    const fields = { evidence: EVIDENCE, note: 'ok' };
    const cuts = await sweepSubmit(ws.snapshot(), who, url, fields);
    expect(cuts).toBeGreaterThanOrEqual(6);
  });
});
