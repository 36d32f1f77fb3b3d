import { documented, gas, GAS, workspace } from './reference';

const FORMAT_DATE = `${GAS}utilities/utilities#formatDate(Date,String,String)`;

describe('Utilities', () => {
  documented(FORMAT_DATE, 'formats in the named zone with SimpleDateFormat letters', () => {
    const { Utilities } = gas(workspace());
    const d = new Date('2025-12-31T19:30:00Z');
    expect(Utilities.formatDate(d, 'Asia/Almaty', 'yyyy-MM-dd HH:mm:ss Z')).toBe('2026-01-01 00:30:00 +0500');
    expect(Utilities.formatDate(d, 'UTC', "dd.MM.yy 'at' H:mm")).toBe('31.12.25 at 19:30');
  });
});
