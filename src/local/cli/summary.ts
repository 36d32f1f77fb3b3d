import type { Workspace } from '../workspace/workspace';
import { boundedLines } from '../../core/text/bounded-lines';

interface RowLike {
  id: string;
  evaluation: {
    warnings: string[];
    onDemand: boolean;
    dueCount: number;
    schedule: { errors: unknown[]; warnings: unknown[]; anchors: string[]; kind: string };
  };
}

export interface Summary {
  ok: boolean;
  cutOff: string | null;
  spreadsheet: string;
  sheets: Array<{ name: string; rows: number; columns: number; hidden: boolean }>;
  items: { total: number; perSection: Record<string, number>; withWarnings: number };
  deadlines: {
    understood: number;
    onDemand: number;
    calendarAnchored: number;
    withWarnings: number;
    withErrors: number;
    dueDates: number;
  };
  calendar: {
    created: number;
    updated: number;
    deleted: number;
    unchanged: number;
    errors: number;
    pending: number;
  } | null;
  documents: { created: number; skipped: number; errors: number } | null;
  /** The mail run: messages sent, their distinct recipients and items; deferred (quota, budget), skipped (people on
   * leave), unconfirmed (intents a cut-off run left), failed. */
  mail: {
    messages: number;
    recipients: number;
    items: number;
    deferred: number;
    skipped: number;
    unconfirmed: number;
    failed: number;
  } | null;
  report: string[];
  problems: string[];
  calls: Record<string, Record<string, number>>;
  totalCalls: number;
  seconds: number;
  files: string[];
}

export function buildSummary(
  ws: Workspace,
  outcome: { report?: string[]; result?: unknown },
  problems: string[],
  extra: {
    cutOff: string | null;
    seconds: number;
    outDir: string;
    statePath: string | null;
    calendar: Record<string, number> | null;
    calendarFile: boolean;
    documents: { created: number; skipped: number; errors: number } | null;
    documentFiles: number;
    mail?: Summary['mail'];
    mailFiles?: number;
  },
): Summary {
  const rows = ((outcome.result as { rows?: RowLike[] } | undefined)?.rows ?? []) as RowLike[];
  const perSection: Record<string, number> = {};
  for (const r of rows) {
    const s = r.id.split('.')[0];
    perSection[s] = (perSection[s] ?? 0) + 1;
  }
  const ss = ws.spreadsheet;
  return {
    ok: extra.cutOff === null,
    cutOff: extra.cutOff,
    spreadsheet: ss._name,
    sheets: ss._sheets.map((s) => ({
      name: s._name,
      rows: s.getLastRow(),
      columns: s.getLastColumn(),
      hidden: s._hidden,
    })),
    items: {
      total: rows.length,
      perSection,
      withWarnings: rows.filter((r) => r.evaluation.warnings.length > 0).length,
    },
    deadlines: {
      understood: rows.filter((r) => r.evaluation.schedule.errors.length === 0).length,
      onDemand: rows.filter((r) => r.evaluation.onDemand).length,
      calendarAnchored: rows.filter((r) => r.evaluation.schedule.anchors.length > 0).length,
      withWarnings: rows.filter((r) => r.evaluation.schedule.warnings.length > 0).length,
      withErrors: rows.filter((r) => r.evaluation.schedule.errors.length > 0).length,
      dueDates: rows.reduce((n, r) => n + r.evaluation.dueCount, 0),
    },
    calendar: extra.calendar
      ? {
          created: extra.calendar.created,
          updated: extra.calendar.updated,
          deleted: extra.calendar.deleted,
          unchanged: extra.calendar.unchanged,
          errors: extra.calendar.errors,
          pending: extra.calendar.pending,
        }
      : null,
    documents: extra.documents,
    mail: extra.mail
      ? {
          messages: extra.mail.messages,
          recipients: extra.mail.recipients,
          items: extra.mail.items,
          deferred: extra.mail.deferred,
          skipped: extra.mail.skipped,
          unconfirmed: extra.mail.unconfirmed,
          failed: extra.mail.failed,
        }
      : null,
    report: [...(outcome.report ?? [])],
    problems,
    calls: ws.counter.byService(),
    totalCalls: ws.counter.total(),
    seconds: Math.round(extra.seconds * 100) / 100,
    files: [
      `${extra.outDir}/jospar.xlsx`,
      ...(extra.calendarFile ? [`${extra.outDir}/calendar.ics`] : []),
      ...(extra.documentFiles ? [`${extra.outDir}/docs/ (${extra.documentFiles} .docx)`] : []),
      ...(extra.mailFiles ? [`${extra.outDir}/mail/ (${extra.mailFiles} .eml)`] : []),
      `${extra.outDir}/summary.json`,
      ...(extra.statePath ? [extra.statePath] : []),
    ],
  };
}

export function printSummary(s: Summary): void {
  const out: string[] = [];
  out.push(s.ok ? `Jospar preview: ${s.spreadsheet}` : `Jospar preview CUT OFF: ${s.cutOff}`);
  out.push(
    `  items: ${s.items.total} (${Object.entries(s.items.perSection)
      .map(([k, v]) => `unit ${k}: ${v}`)
      .join(', ')}); rows with warnings: ${s.items.withWarnings}`,
  );
  out.push(
    `  deadlines: ${s.deadlines.understood} understood, ${s.deadlines.onDemand} on demand, ${s.deadlines.calendarAnchored} calendar-anchored, ${s.deadlines.withWarnings} with warnings, ${s.deadlines.withErrors} with errors; ${s.deadlines.dueDates} due dates`,
  );
  if (s.calendar)
    out.push(
      `  calendar: ${s.calendar.created} created, ${s.calendar.updated} updated, ${s.calendar.deleted} deleted, ${s.calendar.unchanged} unchanged, ${s.calendar.errors} errors${s.calendar.pending ? `, ${s.calendar.pending} pending` : ''}`,
    );
  if (s.documents)
    out.push(
      `  documents: ${s.documents.created} created, ${s.documents.skipped} skipped, ${s.documents.errors} errors`,
    );
  if (s.mail)
    out.push(
      `  mail: ${s.mail.messages} messages to ${s.mail.recipients} people about ${s.mail.items} items; ${s.mail.deferred} deferred, ${s.mail.skipped} held (on leave), ${s.mail.unconfirmed} unconfirmed, ${s.mail.failed} failed`,
    );
  out.push(
    `  sheets: ${s.sheets.map((x) => `${x.name}${x.hidden ? ' (hidden)' : ''} ${x.rows}×${x.columns}`).join(', ')}`,
  );
  for (const line of s.report) out.push(`  · ${line}`);
  for (const p of boundedLines(s.problems)) out.push(`  ! ${p}`);
  const sheetCalls = s.calls.Range ?? {};
  out.push(
    `  service calls: ${s.totalCalls} (Range.getValues ${sheetCalls.getValues ?? 0}, Range.setValues ${sheetCalls.setValues ?? 0})`,
  );
  out.push(`  wrote: ${s.files.join(', ')} in ${s.seconds} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}
