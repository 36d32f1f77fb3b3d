/** "Create default templates": Jospar's three templates and its folders in Drive, written into the Templates sheet. */
import { KIND_WORDS, KINDS, kindOf } from '../../core/documents/kinds';
import { wordFor } from '../../core/i18n/words';
import { t } from '../../core/i18n/messages';
import { TEMPLATES_SHEET } from '../../core/sheets/layout';
import { cellReader } from '../../core/sheets/readers';
import { locateColumns } from '../../core/sheets/layout';
import { rememberedLang, tellUser } from '../context';
import { readSpreadsheet } from '../setup';
import { asCellText } from '../../core/text/cell-text';
import { retrying } from '../retry';
import { buildOrder, buildPlan, buildReport, Draft, writeDraft } from './default-templates';
import { createDoc, ensureFolder, fileExists, filesWithKey, trash } from './drive';
import { driveFullCell, stoppedByFullDrive } from './drive-full';

/** Jospar's templates in the order they are made: the key each is found by in Drive, its builder, its title. */
const TEMPLATE_BUILDS = [
  ['order', buildOrder, 'Jospar: Бұйрық / Приказ'],
  ['report', buildReport, 'Jospar: Есеп / Отчёт'],
  ['plan', buildPlan, 'Jospar: Жоспар / План'],
] as const;

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
    let templatesFolder = '';
    let outputFolder = '';
    const cell = cellReader(TEMPLATES_SHEET, values[0]);
    const data = values.slice(1);
    // Each template reached once: a run that asks Drive about the same id twice pays twice.
    const reachable = new Map<string, boolean>();
    const reaches = (id: string) => {
      if (!reachable.has(id))
        reachable.set(
          id,
          retrying(() => fileExists(id)),
        );
      return reachable.get(id)!;
    };
    // A template of Jospar's that the sheet points at is kept and reused: running this again (or after a cut-off run
    // that wrote the sheet) makes nothing twice. One a cut-off run made but never wrote into the sheet may be half
    // built, so it is binned and made again.
    const inSheet = new Set(data.map((r) => cell(r, 'template').trim()).filter(Boolean));
    const made: Record<string, string> = {};
    // A full Drive stops the making at once, as it stops Generate documents (./drive-full.ts): what was made before is
    // kept and written into the sheet, and each row left without a template says why in its check cell.
    const full = stoppedByFullDrive(() => {
      templatesFolder = retrying(() => ensureFolder('templates', 'Jospar — үлгілер / шаблоны'));
      outputFolder = retrying(() => ensureFolder('output', 'Jospar — құжаттар / документы'));
      for (const [base, build, title] of TEMPLATE_BUILDS) {
        for (const f of retrying(() => filesWithKey(`template:${base}`))) {
          if (inSheet.has(f.id) && !made[base]) made[base] = f.id;
          else if (!inSheet.has(f.id)) retrying(() => trash(f.id));
        }
        if (made[base]) continue;
        // A build that failed transiently is binned and made again whole.
        let attempt = '';
        made[base] = retrying(() => {
          if (attempt) trash(attempt);
          const id = createDoc(title, templatesFolder, `template:${base}`);
          attempt = id;
          const draft = new Draft();
          build(draft);
          writeDraft(id, draft);
          return id;
        });
      }
    });
    // Rows whose template is blank or no longer reachable get Jospar's; a user's own template stays. The template,
    // folder and check cells go in one write (with the cells between them as they are), so that no cut-off leaves the
    // check column telling of templates the sheet does not yet point at.
    const cols = locateColumns(TEMPLATES_SHEET, values[0]);
    const keys = ['template', 'folder', 'check'].filter((k) => cols.has(k));
    if (cols.has('template') && data.length) {
      const first = Math.min(...keys.map((k) => cols.get(k)!));
      const last = Math.max(...keys.map((k) => cols.get(k)!));
      const block = data.map((r) => {
        const kind = KINDS.find((k) => k.kind === kindOf(cell(r, 'kind')));
        const given = cell(r, 'template').trim();
        // A keeper's own id that Drive cannot reach stays when Jospar's could not be made (a full Drive): the row
        // says why, and the keeper's id is not lost.
        const replaced = Boolean(kind && (!given || !reaches(given)));
        const template = kind && replaced ? (made[kind.template] ?? given) : given;
        const usable = kind && replaced ? Boolean(made[kind.template]) : Boolean(given);
        // The cells between are written back as read, as text (a formula-like text stays text).
        const line = r.slice(first, last + 1).map(asCellText);
        while (line.length < last - first + 1) line.push('');
        const put = (key: string, value: string) => {
          if (cols.has(key)) line[cols.get(key)! - first] = asCellText(value);
        };
        put('template', template);
        put('folder', cell(r, 'folder').trim() || (kind ? outputFolder : ''));
        const refused = full && kind && !made[kind.template]; // Jospar's, which the full Drive kept from being made
        put('check', usable ? t(lang, 'ok') : refused ? driveFullCell(lang) : t(lang, 'templateMissing'));
        return line;
      });
      retrying(() => sheet.getRange(2, first + 1, data.length, last - first + 1).setValues(block));
    }
    const left = TEMPLATE_BUILDS.map(([base]) => base).filter((base) => !made[base]);
    // Templates named as the Templates sheet's Kind column names them («Бұйрық», «Приказ»), not by their codes.
    const names = (bases: string[]) => bases.map((base) => wordFor(KIND_WORDS, base, lang)).join(', ');
    const report = [
      ...(Object.keys(made).length ? [t(lang, 'templatesMade', { names: names(Object.keys(made)) })] : []),
      ...(full ? [t(lang, 'templatesDriveFull', { names: names(left) })] : []),
    ];
    if (options.interactive !== false) tellUser(t(lang, 'templatesTitle'), report.join('\n'));
    return { ok: !full, templates: made, folder: outputFolder, report };
  } finally {
    lock.releaseLock();
  }
}
