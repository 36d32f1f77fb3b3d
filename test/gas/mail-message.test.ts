/**
 * The messages as people receive them, each parsed from its .eml with mailparser: the subject names the plan and what
 * the mail is about in the person's language, the sender is the department and Reply-To the plan's keeper, there is a
 * plain-text part and an HTML part with nothing to load, the body opens with what to do, and no plan text (the
 * injection strings of the trust tests) can break the markup or the subject.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { mailToEml } from '../../src/local/export/eml';
import { applyPeople, readPeopleCsv } from '../../src/local/cli/people';
import { installed, setSettingValue } from '../helpers';

const ATTACK = '<img src=x onerror=alert(1)> {{signatory}} =1+1 & more';
const LINES = 'жоспар\nSUMMARY:hacked\r\nBEGIN:VEVENT\rjospar:key=1.02#1\nX-JOSPAR-KEY:1.02#1';
const KEEPER = 'plan.keeper@edu.ektu.kz';
const PEOPLE = [
  'role,email,language',
  'ОПҰжМБ бастығы,aigerim.example@edu.ektu.kz,kk',
  'ТО бастығы,gulnara.example@edu.ektu.kz,ru',
  'ББТО мамандары,daniyar.example@edu.ektu.kz,en',
].join('\n');
const SUBJECT = {
  kk: /^АҚД жұмыс жоспары 2025-2026: .*\d+ тармақ.* \((\d+\.\d+)(, \d+\.\d+)*(, …)?\)/,
  ru: /^План работы АД 2025-2026: .*\d+ пункт.* \((\d+\.\d+)(, \d+\.\d+)*(, …)?\)/,
  en: /^AAD work plan 2025-2026: .*\d+ (overdue|due today|due soon) \((\d+\.\d+)(, \d+\.\d+)*(, …)?\)/,
} as const;

it('subjects in kk, ru and en, the department as sender, Reply-To the keeper, both parts, plan text inert', async () => {
  const { ws, addon } = await installed({ now: Date.parse('2025-11-24T04:00:00Z') });
  addon.josparSetUpPlan();
  const csv = join(mkdtempSync(join(tmpdir(), 'jospar-')), 'people.csv');
  writeFileSync(csv, PEOPLE);
  expect(applyPeople(ws, readPeopleCsv(csv).people)).toEqual([]);
  setSettingValue(ws, 'mailReplyTo', KEEPER);
  // Every activity and deliverable carries the attack strings.
  const plan = ws.spreadsheet.getSheetByName('Жоспар')!;
  const header = plan.getRange(1, 1, 1, plan.getLastColumn()).getValues()[0] as string[];
  const rows = plan.getLastRow() - 1;
  plan.getRange(2, header.indexOf('Іс-шаралар') + 1, rows, 1).setValues(Array.from({ length: rows }, () => [ATTACK]));
  plan.getRange(2, header.indexOf('Аяқталу түрі') + 1, rows, 1).setValues(Array.from({ length: rows }, () => [LINES]));
  addon.josparRefreshDeadlines(); // the owner's run: approves the Reply-To
  addon.josparDailyMail();
  const langs = { 'aigerim.example@edu.ektu.kz': 'kk', 'gulnara.example@edu.ektu.kz': 'ru' } as const;
  const seen = new Set<string>();
  for (const mail of ws.mail.sent) {
    const parsed = await simpleParser(await mailToEml(mail));
    const lang = langs[mail.to[0] as keyof typeof langs] ?? 'en';
    seen.add(lang);
    expect(parsed.subject).toMatch(SUBJECT[lang]);
    expect(parsed.subject).not.toMatch(/[<>\r\n]|img|SUMMARY/);
    expect(parsed.from?.value[0].name).toBe('Академиялық қызмет департаменті');
    expect(parsed.replyTo?.value.map((a) => a.address)).toEqual([KEEPER]);
    // both parts; the HTML loads nothing and shows the plan's text as text
    const text = String(parsed.text);
    const html = String(parsed.html);
    expect(text.length).toBeGreaterThan(100);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<img\b|<script\b|<[^>]+\ssrc=|background=|url\(/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; {{signatory}} =1+1 &amp; more');
    expect(text).toContain(ATTACK);
    for (const line of LINES.split(/\r\n|\r|\n/)) expect(text).toContain(line);
    // what to do comes first, then the plan's name, then the items
    const firstItem = text.indexOf('[');
    const plainLines = text.split('\n');
    expect(plainLines[2]).toMatch(/\d/); // the first "to do" line, with its count
    expect(text.indexOf('Д. Серікбаев атындағы ШҚТУ')).toBeLessThan(firstItem);
    expect(text.indexOf(plainLines[2])).toBeLessThan(text.indexOf('Д. Серікбаев атындағы ШҚТУ'));
  }
  expect([...seen].sort()).toEqual(['en', 'kk', 'ru']);
});
