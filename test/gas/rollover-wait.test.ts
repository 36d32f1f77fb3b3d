/**
 * Issue 18: while a New academic year is half done (cut off, its note still in document properties), Sync calendar and
 * the reminder mail do nothing: they say why and how to finish the move (run New academic year again, or Set up), to
 * whoever asked, in the run's result and in the Log, in the remembered language; the hourly schedule says it once a
 * day per job. Once the rollover is finished, both run again. On a plan of three items of two roles.
 */
import { LANG_PROPERTY } from '../../src/gas/context';
import { loadAddOn, type AddOn } from '../../src/local/run-addon';
import type { Workspace } from '../../src/local/workspace/workspace';
import { addOnCode, loaded, recordedRun, type Saved } from '../cut-replay';
import { sheetValues } from '../helpers';
import { cutRollover, lastYear, rollover } from './rollover-fixture';

type Outcome = { ok: boolean; report: string[] };

const WAITS = {
  kk: /2026-2027 оқу жылына көшу аяқталмаған: ол аяқталмайынша «(Күнтізбені синхрондау|Еске салулар)» орындалмайды\. Аяқтау үшін «Жаңа оқу жылы» мәзірін қайта іске қосыңыз \(немесе «Жоспарды орнату»\)\./,
  ru: /Переход на 2026-2027 учебный год не завершён: пока он не закончен, «(Синхронизировать календарь|Напоминания)» не выполняется\. Чтобы закончить его, снова запустите «Новый учебный год» \(или «Настроить план»\)\./,
  en: /The move to 2026-2027 is not finished: "(Sync calendar|Reminders)" waits until it is\. To finish it, run "New academic year" again \(or "Set up plan"\)\./,
};

/**
 * The rollover cut off half way (after half its sheets writes): the note of a rollover under way is left. Made once;
 * each case loads its own copy.
 */
let half: Saved | null = null;
async function halfDone(): Promise<{ ws: Workspace; addon: AddOn }> {
  const js = await addOnCode();
  if (!half) {
    const base = lastYear(js, true);
    const writes = recordedRun(base, [rollover], js).writes.get('sheets')!.length;
    const { ws, cut } = cutRollover(base, js, Math.floor(writes / 2));
    expect(cut).toBe(true);
    expect(ws.properties.document.get('jospar.rollover')).toMatch(/"to":"2026-2027"/);
    half = ws.snapshot();
  }
  const ws = loaded(half);
  return { ws, addon: loadAddOn(ws, js) };
}

const logLines = (ws: Workspace) => sheetValues(ws, 'Журнал').map((r) => [String(r[2]), String(r[4])]);

describe('a rollover half done', () => {
  it.each(['kk', 'ru', 'en'] as const)(
    'Sync calendar and the mail wait and say how to finish it (%s)',
    async (lang) => {
      const { ws, addon } = await halfDone();
      ws.properties.document.set(LANG_PROPERTY, lang);
      const mailBefore = ws.mail.sent.length;
      const logBefore = logLines(ws).length;

      const sync = addon.josparSyncCalendar() as Outcome;
      expect(sync.ok).toBe(false);
      expect(sync.report).toEqual([expect.stringMatching(WAITS[lang])]);
      // Said to the person who asked, and nothing written to the calendar.
      expect(ws.ui.alerts.at(-1)?.message).toBe(sync.report[0]);
      expect(ws.counter.writes.get('calendar') ?? 0).toBe(0);

      const mail = addon.josparDailyMail() as Outcome;
      expect(mail.ok).toBe(false);
      expect(mail.report).toEqual([expect.stringMatching(WAITS[lang])]);
      expect(ws.mail.sent.length).toBe(mailBefore);

      // Both in the Log, under their own action.
      expect(
        logLines(ws)
          .slice(logBefore)
          .map((l) => l[1]),
      ).toEqual([sync.report[0], mail.report[0]]);
    },
  );

  it('the schedule says so once a day per job, and runs both once New academic year has finished', async () => {
    const { ws, addon } = await halfDone();
    const logBefore = logLines(ws).length;
    const hourly = () => addon.josparHourly() as { ran: string[] };
    expect(hourly().ran).toEqual(expect.arrayContaining(['calendar', 'mail']));
    ws.clock.advance(3600_000);
    expect(hourly().ran).toEqual(expect.arrayContaining(['calendar', 'mail']));
    const waited = logLines(ws)
      .slice(logBefore)
      .filter((l) => WAITS.kk.test(l[1]));
    expect(waited.map((l) => l[0])).toEqual(['Күнтізбе', 'Хаттар']);
    expect(ws.counter.writes.get('calendar') ?? 0).toBe(0);

    // New academic year again finishes the move; the next sync and mail run.
    expect((addon.josparNewAcademicYear('2026-2027', false) as Outcome).ok).toBe(true);
    expect(ws.properties.document.get('jospar.rollover')).toBeUndefined();
    expect((addon.josparSyncCalendar() as Outcome).ok).toBe(true);
    expect(ws.counter.writes.get('calendar')).toBeGreaterThan(0);
    expect((addon.josparDailyMail() as Outcome).ok).toBe(true);
  });
});
