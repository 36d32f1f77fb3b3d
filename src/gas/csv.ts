/**
 * CSV in the add-on is read by Apps Script's own parser (Utilities.parseCsv), never by hand: core's plan-file takes
 * this reader for imported CSV plans.
 */
import type { CsvReader } from '../core/plan/plan-file';

export const addonCsvReader: CsvReader = (text, delimiter) => Utilities.parseCsv(text, delimiter);
