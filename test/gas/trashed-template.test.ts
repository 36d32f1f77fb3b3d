/** Drive v3 returns `trashed` only when asked for it: a template in the bin must not pass for one that is there. */
import { installed } from '../helpers';

type Generated = { created: number; errors: number };

describe('a template moved to the bin', () => {
  it('is reported missing on its row, and Create default templates makes a new one', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    addon.josparCreateTemplates();
    const templates = ws.spreadsheet.getSheetByName('Үлгілер')!;
    const values = templates.getDataRange().getValues();
    const col = (values[0] as string[]).indexOf('Үлгі (Doc ID)');
    const row = values.findIndex((r) => r[0] === 'Бұйрық');
    const trashedId = String(values[row][col]);
    ws.drive.files.find((f) => f.id === trashedId)!.trashed = true; // the user bins it in Drive

    const out = addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false }) as Generated;
    expect(out).toMatchObject({ created: 0, errors: 1 });

    addon.josparCreateTemplates();
    const again = String(templates.getRange(row + 1, col + 1).getValue());
    expect(again).not.toBe(trashedId);
    expect(ws.drive.files.find((f) => f.id === again)?.trashed).toBe(false);
    expect(addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false })).toMatchObject({ created: 1 });
  });
});
