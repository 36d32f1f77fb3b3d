import { jospar as run } from '../cli-run';

describe('jospar deadline shows what it read', () => {
  it('a range as one window, due at its end', async () => {
    const r = await run('deadline', '15 қыркүйек – 20 қазан');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^due: +2025-10-20$/m);
    expect(r.stdout).toMatch(/^windows: +2025-09-15…2025-10-20$/m);
  });

  it('the period chosen and the offset counted from it', async () => {
    const r = await run('deadline', 'за 3 рабочих дня до начала зимней сессии');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^period: +exam-1 Winter exam session \(2025-12-15…2026-01-03\)$/m);
    expect(r.stdout).toMatch(/^offset: +3 working days before the start of exam-1 → 2025-12-10$/m);
    expect(r.stdout).not.toMatch(/exam-2/);
  });
});
