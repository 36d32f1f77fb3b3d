/**
 * `npx tsx scripts/deadline-expressions.ts`: writes src/core/deadline/expressions.generated.ts, the rules' expressions
 * made final (src/core/deadline/expression-build.ts says why), laid out by Prettier so that `npm run lint` leaves it
 * alone. Run it after changing a rule, a hint or the lexicon: test/core/deadline-expressions.test.ts and
 * `npm run build` (scripts/build.ts) fail until then. Nothing it imports loads the generated file, so it rebuilds
 * one that is broken (a merge conflict in it) too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { expressionsModule } from '../src/core/deadline/expression-build';

const GENERATED = join(__dirname, '..', 'src', 'core', 'deadline', 'expressions.generated.ts');

/** The text expressions.generated.ts should have, laid out as `npm run lint` wants it. */
async function generatedExpressions(): Promise<string> {
  return format(expressionsModule(), { ...(await resolveConfig(GENERATED)), parser: 'typescript' });
}

/** expressions.generated.ts as it is, or "" when there is none. */
function current(): string {
  try {
    return readFileSync(GENERATED, 'utf8');
  } catch {
    return '';
  }
}

void (async () => {
  const text = await generatedExpressions();
  const changed = current() !== text;
  if (changed) writeFileSync(GENERATED, text);
  console.log(changed ? `wrote ${GENERATED}` : `${GENERATED} is up to date`);
})();
