/**
 * One unit's plan read through the Sheets API with as few calls as it allows: a spreadsheets.get of the sheet titles
 * (the sheets are named in the plan's language, and a range naming a missing sheet fails the whole batch), then one
 * values.batchGet of the sheets the state needs. Values come unformatted with dates as serial numbers, turned here into
 * the ISO dates the core reads, exactly as the add-on's own reader does from Apps Script's Dates. Node only.
 */
import { SCHEMA_VERSION } from '../../core/setup/plan-setup';
import {
  CALENDAR_SHEET,
  PLAN_SHEET,
  ROLES_SHEET,
  SETTINGS_SHEET,
  STATE_SHEET,
  locateColumns,
  sheetNames,
  type SheetSpec,
} from '../../core/sheets/layout';
import type { SheetText } from '../../core/sheets/readers';
import type { Apis } from './google-apis';
import { httpStatus } from './pace';

export interface PlanSheets {
  plan: SheetText;
  settings: SheetText | null;
  calendar: SheetText | null;
  roles: SheetText | null;
}

export type ReadResult =
  | { ok: true; title: string; timeZone: string; sheets: PlanSheets }
  | { ok: false; reason: 'no-access' | 'not-jospar' | 'older-version'; detail: string };

/** Serial day number → ISO date: Sheets counts days from 30 December 1899. */
export function isoFromSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

const READ: SheetSpec[] = [PLAN_SHEET, SETTINGS_SHEET, CALENDAR_SHEET, ROLES_SHEET];
/** Jospar's records start with its schema version; a few rows are enough to read it. */
const STATE_RANGE = 'A1:B10';

export async function readPlan(apis: Apis, id: string): Promise<ReadResult> {
  let meta;
  try {
    meta = await apis.sheetsRead(() =>
      apis.sheets.spreadsheets.get({ spreadsheetId: id, fields: 'properties(title,timeZone),sheets.properties.title' }),
    );
  } catch (e) {
    const h = httpStatus(e);
    if (h && (h.status === 403 || h.status === 404))
      return { ok: false, reason: 'no-access', detail: `HTTP ${h.status}` };
    throw e;
  }
  const titles = new Set((meta.data.sheets ?? []).map((s) => s.properties?.title ?? ''));
  const nameOf = (spec: SheetSpec) => sheetNames(spec).find((n) => titles.has(n)) ?? null;
  const planName = nameOf(PLAN_SHEET);
  if (!planName) return { ok: false, reason: 'not-jospar', detail: 'no Plan sheet' };
  const stateName = nameOf(STATE_SHEET);
  const names = READ.map(nameOf);
  const quote = (n: string) => `'${n.replace(/'/g, "''")}'`;
  const ranges = [
    ...names.filter((n): n is string => !!n).map(quote),
    ...(stateName ? [`${quote(stateName)}!${STATE_RANGE}`] : []),
  ];
  const res = await apis.sheetsRead(() =>
    apis.sheets.spreadsheets.values.batchGet({
      spreadsheetId: id,
      ranges,
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    }),
  );
  const got = res.data.valueRanges ?? [];
  let k = 0;
  const texts = READ.map((spec, i) => (names[i] ? toText(spec, names[i]!, got[k++]?.values ?? []) : null));
  const state = stateName ? (got[k]?.values ?? []) : [];
  const version = state.find((r) => r[0] === 'schemaVersion')?.[1];
  if (version === undefined || Number(version) < Number(SCHEMA_VERSION))
    return {
      ok: false,
      reason: 'older-version',
      detail: `schema ${version === undefined ? 'none' : String(version)}, this Jospar reads ${SCHEMA_VERSION}`,
    };
  const plan = texts[0]!;
  if (!locateColumns(PLAN_SHEET, plan.values[0] ?? []).has('id'))
    return { ok: false, reason: 'older-version', detail: 'the Plan has no ID column' };
  return {
    ok: true,
    title: meta.data.properties?.title ?? '',
    timeZone: meta.data.properties?.timeZone ?? 'Asia/Almaty',
    sheets: { plan, settings: texts[1], calendar: texts[2], roles: texts[3] },
  };
}

/** Cells as the text the core reads: numbers in the spec's date columns are dates, the rest as written. */
function toText(spec: SheetSpec, name: string, values: unknown[][]): SheetText {
  const header = (values[0] ?? []).map((v) => String(v ?? ''));
  const cols = locateColumns(spec, header);
  const dateCols = new Set(
    spec.columns.filter((c) => c.format === 'date' || c.format === 'datetime').map((c) => cols.get(c.key)),
  );
  return {
    name,
    values: values.map((row, r) =>
      row.map((v, c) =>
        r > 0 && typeof v === 'number' && dateCols.has(c)
          ? isoFromSerial(v)
          : v === null || v === undefined
            ? ''
            : String(v),
      ),
    ),
  };
}
