/** Who a viewer's card report is mailed to (planKeepers), and which keeper's answer to it stands (cardAnswer). */
import { cardAnswer, parseCardReport, planKeepers } from '../../../src/core/cards/review-mail';

const DOMAINS = ['edu.ektu.kz'];
const OWNER = 'owner@edu.ektu.kz';
const KEEPER = 'keeper@edu.ektu.kz';

describe('planKeepers', () => {
  it('takes Reply-to only when it names an editor of the plan inside its domains', () => {
    expect(planKeepers(' Keeper@EDU.ektu.kz ', OWNER, DOMAINS, [OWNER, KEEPER])).toEqual([KEEPER]);
    expect(planKeepers(KEEPER, OWNER, DOMAINS, [OWNER])).toEqual([OWNER]);
    expect(planKeepers('keeper@gmail.com', OWNER, DOMAINS, [OWNER, 'keeper@gmail.com'])).toEqual([OWNER]);
    expect(planKeepers('', OWNER, DOMAINS, [])).toEqual([OWNER]);
  });

  it('is no one when neither Reply-to nor the owner is usable (the card then says so: rNoKeeper)', () => {
    expect(planKeepers(KEEPER, 'owner@gmail.com', DOMAINS, ['owner@gmail.com'])).toEqual([]);
    expect(planKeepers('', OWNER, [], [OWNER])).toEqual([]);
  });
});

describe('cardAnswer: the first answer begun on a card report stands', () => {
  const report = parseCardReport(
    JSON.stringify({
      st: 'sent',
      s: 'plan-id',
      i: '1.07',
      e: '',
      n: '',
      w: 'v@edu.ektu.kz',
      t: '2025-11-24',
      k: KEEPER,
    }),
  )!;
  const back = { by: KEEPER, at: '2025-11-26', note: 'no signature' };

  it('a new report takes the answer asked; a confirmation begun (the plan’s note) is finished, not returned', () => {
    expect(cardAnswer(report, false, 'return')).toEqual({ to: 'return', finished: false });
    expect(cardAnswer(report, false, 'confirm')).toEqual({ to: 'confirm', finished: false });
    expect(cardAnswer(report, true, 'return')).toEqual({ to: 'confirm', finished: false });
  });

  it('a Return noted is finished by either click until done, then nothing is left; a confirmed report stays so', () => {
    const begun = parseCardReport(JSON.stringify({ ...report, x: back }))!;
    expect(begun.x).toEqual(back);
    expect(cardAnswer(begun, false, 'confirm')).toEqual({ to: 'return', finished: false });
    const done = parseCardReport(JSON.stringify({ ...report, x: { ...back, done: true } }))!;
    expect(cardAnswer(done, false, 'confirm')).toEqual({ to: 'return', finished: true });
    expect(cardAnswer({ ...report, c: '2025-11-25' }, true, 'return')).toEqual({ to: 'confirm', finished: true });
  });

  it('reads no Return from a note that holds none that is whole', () => {
    for (const x of [null, 'text', { at: '2025-11-26' }])
      expect(parseCardReport(JSON.stringify({ ...report, x }))!.x).toBeUndefined();
  });
});
