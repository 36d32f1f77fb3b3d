/** Who a viewer's report from a card is mailed to (planKeepers): never an address an editor could redirect to. */
import { planKeepers } from '../../../src/core/cards/review-mail';

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
