/** "Create default templates": Jospar's three templates and its folders in Drive, written into the Templates sheet. */
import { KINDS } from '../../core/documents/kinds';
import { t } from '../../core/i18n/messages';
import { TEMPLATES_SHEET } from '../../core/sheets/layout';
import { cellReader } from '../../core/sheets/readers';
import { locateColumns } from '../../core/sheets/layout';
import { rememberedLang, tellUser } from '../context';
import { readSpreadsheet } from '../setup';
import { buildOrder, buildPlan, buildReport } from './default-templates';
import { createDoc, ensureFolder, fileExists, filesWithKey, trash } from './drive';

export interface TemplatesOutcome {
  ok: boolean;
  templates: Record<string, string>;
  folder: string;
  report: string[];
}

export function createDefaultTemplates(options: { interactive?: boolean } = {}): TemplatesOutcome {
  const lang = rememberedLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) return { ok: false, templates: {}, folder: '', report: [t(lang, 'busy')] };
  try {
    const snap = readSpreadsheet();
    const sheet = snap.found.templates;
    const values = snap.read.templates?.values;
    if (!sheet || !values) {
      const msg = t(lang, 'syncNeedsSetup');
      if (options.interactive !== false) tellUser('Jospar', msg);
      return { ok: false, templates: {}, folder: '', report: [msg] };
    }
    const templatesFolder = ensureFolder('templates', 'Jospar — үлгілер / шаблоны');
    const outputFolder = ensureFolder('output', 'Jospar — құжаттар / документы');
    // Templates a cut-off run made but never wrote into the sheet are binned; those the sheet points at stay.
    const inSheet = new Set(values.slice(1).map((r) => cellReader(TEMPLATES_SHEET, values[0])(r, 'template').trim()));
    for (const base of ['order', 'report', 'plan'])
      for (const f of filesWithKey(`template:${base}`)) if (!inSheet.has(f.id)) trash(f.id);
    const made: Record<string, string> = {};
    for (const [base, build, title] of [
      ['order', buildOrder, 'Jospar: Бұйрық / Приказ'],
      ['report', buildReport, 'Jospar: Есеп / Отчёт'],
      ['plan', buildPlan, 'Jospar: Жоспар / План'],
    ] as const) {
      const id = createDoc(title, templatesFolder, `template:${base}`);
      const doc = DocumentApp.openById(id);
      build(doc);
      doc.saveAndClose();
      made[base] = id;
    }
    // Rows whose template is blank or no longer reachable get Jospar's; a user's own template stays. Only the template
    // and folder cells (adjacent: one range) and the check column are written.
    const cell = cellReader(TEMPLATES_SHEET, values[0]);
    const cols = locateColumns(TEMPLATES_SHEET, values[0]);
    const tc = cols.get('template');
    const kc = cols.get('check');
    const data = values.slice(1);
    if (tc !== undefined && cols.get('folder') === tc + 1 && data.length) {
      const block = data.map((r) => {
        const kind = KINDS.find((k) => k.kind === cell(r, 'kind').trim());
        const template = cell(r, 'template').trim();
        return [
          kind && (!template || !fileExists(template)) ? made[kind.template] : template,
          cell(r, 'folder').trim() || (kind ? outputFolder : ''),
        ];
      });
      sheet.getRange(2, tc + 1, data.length, 2).setValues(block);
      if (kc !== undefined)
        sheet
          .getRange(2, kc + 1, data.length, 1)
          .setValues(block.map(([tpl]) => [tpl ? t(lang, 'ok') : t(lang, 'templateMissing')]));
    }
    const report = [t(lang, 'templatesMade', { names: Object.keys(made).join(', ') })];
    if (options.interactive !== false) tellUser(t(lang, 'templatesTitle'), report.join('\n'));
    return { ok: true, templates: made, folder: outputFolder, report };
  } finally {
    lock.releaseLock();
  }
}
