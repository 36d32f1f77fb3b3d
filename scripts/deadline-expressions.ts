/**
 * `npx tsx scripts/deadline-expressions.ts`: writes src/core/deadline/expressions.generated.ts, the rules' expressions
 * made final (src/core/deadline/expression-build.ts says why), laid out by Prettier so that `npm run lint` leaves it
 * alone. Run it after changing a rule, a hint or the lexicon: test/core/deadline-expressions.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { expressionsModule } from '../src/core/deadline/expression-build';

const GENERATED = join(__dirname, '..', 'src', 'core', 'deadline', 'expressions.generated.ts');

void (async () => {
  const text = await format(expressionsModule(), { ...(await resolveConfig(GENERATED)), parser: 'typescript' });
  const changed = readFileSync(GENERATED, 'utf8') !== text;
  if (changed) writeFileSync(GENERATED, text);
  console.log(changed ? `wrote ${GENERATED}` : `${GENERATED} is up to date`);
})();
