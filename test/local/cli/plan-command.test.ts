/**
 * `jospar plan` carries the Russian names set up writes into «Атауы (орысша)» (NAMES_RU_2025_2026): in the JSON as
 * `nameRu`, the field import reads, so the printed plan imports back with them (read here by import's own parser,
 * parsePlanText/parsePlanItems); in the text under the Kazakh activity. The command is called in-process.
 */
import { itemId } from '../../../src/core/plan/item-id';
import { NAMES_RU_2025_2026 } from '../../../src/core/plan/names-ru-2025-2026';
import { parsePlanItems, parsePlanText } from '../../../src/core/plan/plan-file';
import { jospar } from '../../cli-run';

describe('jospar plan', () => {
  it('--json gives each named item its nameRu, and import reads them back', async () => {
    const out = await jospar('plan', '--json');
    expect([out.status, out.stderr]).toEqual([0, '']);
    const items = JSON.parse(out.stdout) as { section: number; no: number; nameRu?: string }[];
    const named = Object.fromEntries(
      items.filter((i) => 'nameRu' in i).map((i) => [itemId(i.section, i.no), i.nameRu]),
    );
    expect(named).toEqual(NAMES_RU_2025_2026);

    const read = parsePlanText('plan.json', out.stdout, () => []);
    const { plan, problems } = parsePlanItems(read.items, 'plan.json', '', read.firstRow);
    expect(problems).toEqual([]);
    const imported = plan.items.filter((i) => i.nameRu).map((i) => [itemId(i.section, i.no), i.nameRu]);
    expect(Object.fromEntries(imported)).toEqual(NAMES_RU_2025_2026);
  });

  it('prints the Russian name on the line under the item, where the Kazakh activity begins', async () => {
    const out = await jospar('plan');
    expect(out.status).toBe(0);
    const lines = out.stdout.split('\n');
    const item107 = lines.findIndex((l) => /^ {3}7 {2}/.test(l) && l.includes('Үш тілде'));
    expect(item107).toBeGreaterThan(0);
    const under = lines[item107 + 1];
    expect(under.trimStart()).toBe(NAMES_RU_2025_2026['1.07'].slice(0, 70));
    expect(under.length - under.trimStart().length).toBe(lines[item107].indexOf('Үш тілде'));
    // An item without a Russian name is followed directly by the next item.
    expect(lines[item107 - 1]).toMatch(/^ {3}6 {2}/);
  });
});
