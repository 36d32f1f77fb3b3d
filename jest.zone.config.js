/**
 * The zone pass (`npm run test:zone`, under TZ=Pacific/Kiritimati, UTC+14; `npm test` runs it after the UTC pass): the
 * add-on must act in the manifest's zone (Asia/Almaty) whatever the host's. Only suites whose results can depend on the
 * host's zone run again here: those that check a day or an hour the add-on takes from its clock, or a date that crosses
 * between the add-on, the emulated services and a cell or document. The rest run once, under TZ=UTC:
 * - test/core: pure functions on ISO day strings and UTC arithmetic (ESLint forbids local-time Date methods there);
 * - suites about escaping, words, layout, call counts, retries, permissions, cut-offs, exports and the CLI, whose
 *   dates, if any, come from the same clock and cell paths the suites below check;
 * - test/gas/calendar-sync: its event days are core's, counted from the same "today" that setup checks here.
 * A new suite that asserts a day, an hour or a date cell belongs in this list.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: [
    // The add-on's Date and the emulation's dates: cells, display formats, typed input, Utilities, Calendar API.
    '<rootDir>/test/local/zoned-date.test.ts',
    '<rootDir>/test/local/conformance/time-zone.test.ts',
    '<rootDir>/test/local/conformance/sheets-date-format.test.ts',
    '<rootDir>/test/local/conformance/typed-input.test.ts',
    '<rootDir>/test/local/conformance/utilities.test.ts',
    '<rootDir>/test/local/conformance/calendar-api.test.ts',
    // Dates written and read: next due at midnight in the zone, dates done, the year rolled over, reports, .xlsx dates,
    // an older release's saved dates.
    '<rootDir>/test/gas/setup.test.ts',
    '<rootDir>/test/gas/done-date.test.ts',
    '<rootDir>/test/gas/sidebar.test.ts',
    '<rootDir>/test/gas/sheet-is-the-plan.test.ts',
    '<rootDir>/test/gas/new-year.test.ts',
    '<rootDir>/test/gas/plan-documents.test.ts',
    '<rootDir>/test/gas/import-xlsx-values.test.ts',
    '<rootDir>/test/gas/migration-from-release.test.ts',
    // Hours and days of the hourly trigger: the nightly sync, the mail hour, the documents job.
    '<rootDir>/test/gas/hourly-overview.test.ts',
    '<rootDir>/test/gas/documents-resilience.test.ts',
    '<rootDir>/test/gas/mail.test.ts',
    '<rootDir>/test/gas/mail-cadence.test.ts',
  ],
};
