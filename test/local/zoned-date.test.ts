import vm from 'node:vm';
import { zonedDateClass } from '../../src/local/zoned-date';

/** The add-on's Date in Almaty (UTC+5), at a fixed "now", built on a fresh realm's Date as the add-on's is. */
const ZDate = zonedDateClass(vm.runInNewContext('Date') as DateConstructor, 'Asia/Almaty', () =>
  Date.parse('2025-10-01T04:00:00Z'),
);

describe('the add-on realm Date in the manifest zone', () => {
  it('reads and sets the wall clock of the zone, rolling over as Date does', () => {
    const d = new ZDate(2025, 11, 31, 23, 30);
    expect(d.toISOString()).toBe('2025-12-31T18:30:00.000Z');
    d.setMinutes(d.getMinutes() + 45);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 0, 1, 0, 15]);
    d.setDate(0);
    expect([d.getMonth(), d.getDate()]).toEqual([11, 31]);
    d.setHours(0, 0, 0, 0);
    expect(d.getTime()).toBe(Date.parse('2025-12-31T00:00:00+05:00'));
    d.setFullYear(2024, 1, 29);
    expect(d.toISOString()).toBe('2024-02-28T18:00:00.000Z'); // Almaty was UTC+6 until 2024-03-01
  });

  it('takes "now" from the virtual clock and parses local times in the zone, absolute ones as such', () => {
    expect(new ZDate().toISOString()).toBe('2025-10-01T04:00:00.000Z');
    expect(ZDate.now()).toBe(Date.parse('2025-10-01T04:00:00Z'));
    expect(new ZDate('2025-10-01T09:00:00').toISOString()).toBe('2025-10-01T04:00:00.000Z');
    expect(new ZDate('2025-10-01').toISOString()).toBe('2025-10-01T00:00:00.000Z'); // date-only ISO is UTC
    expect(ZDate.parse('2025-10-01T09:00:00+02:00')).toBe(Date.parse('2025-10-01T07:00:00Z'));
    expect(new ZDate('nonsense').getHours()).toBeNaN();
  });

  it('prints in the zone, and is a Date of its realm', () => {
    const d = new ZDate(Date.parse('2025-10-01T04:00:00Z'));
    expect(d.toString()).toBe('Wed Oct 01 2025 09:00:00 GMT+0500 (Asia/Almaty)');
    expect(`${d}`).toBe(d.toString());
    expect(d.toLocaleDateString('en-GB')).toBe('01/10/2025');
    expect(d.getTimezoneOffset()).toBe(-300);
    expect(Object.prototype.toString.call(d)).toBe('[object Date]');
    expect(d instanceof Date).toBe(false); // another realm's Date: the host must test the tag, as core does
  });
});
