import { unclosedQuoteLine } from '../../../src/core/plan/plan-file';
import { documented, gas, GAS, workspace } from './reference';

/**
 * Utilities.parseCsv as Google's reference page states it (utilities#parseCsv(String) and #parseCsv(String,Char)):
 * "Returns a tabular 2D array representation of a CSV string", the csv "a string containing a single or multiline data
 * in comma-separated value (CSV) format", the examples "a,b,c\nd,e,f" and "a\tb\tc\nd\te\tf" with "\t" giving
 * [[a, b, c], [d, e, f]], and "String[][]" as the return type. That is all the page says: quoting (a delimiter or a
 * line break inside quotes, a doubled quote), and what happens to text that ends inside quotes, are not documented,
 * and no observation of Google's behaviour for them was found. The emulation reads quoted fields as CSV (RFC 4180)
 * does, which is what "CSV format" means; for an unterminated quote it throws, and Jospar never relies on that: the
 * plan reader finds the unclosed quote itself, with its line, before it calls parseCsv (test below).
 */
const PARSE = `${GAS}utilities/utilities#parseCsv(String)`;
const PARSE_DELIMITED = `${GAS}utilities/utilities#parseCsv(String,Char)`;

describe('Utilities.parseCsv', () => {
  documented(PARSE, 'documented: "a,b,c\\nd,e,f" is [[a, b, c], [d, e, f]]', () => {
    const { Utilities } = gas(workspace());
    expect(Utilities.parseCsv('a,b,c\nd,e,f')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  documented(PARSE_DELIMITED, 'documented: "a\\tb\\tc\\nd\\te\\tf" with "\\t" is [[a, b, c], [d, e, f]]', () => {
    const { Utilities } = gas(workspace());
    expect(Utilities.parseCsv('a\tb\tc\nd\te\tf', '\t')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  documented(PARSE, 'documented: the result is String[][]: numbers come back as their text', () => {
    const { Utilities } = gas(workspace());
    expect(Utilities.parseCsv('1,2.5\n-3,TRUE')).toEqual([
      ['1', '2.5'],
      ['-3', 'TRUE'],
    ]);
  });

  documented(
    PARSE,
    'not documented, CSV as RFC 4180 defines it: a quoted field keeps the delimiter, a line break and doubled quotes',
    () => {
      const { Utilities } = gas(workspace());
      expect(Utilities.parseCsv('x,"say ""hi"", then\ngo",y')).toEqual([['x', 'say "hi", then\ngo', 'y']]);
      expect(Utilities.parseCsv('a;"b;c"\r\nd;e', ';')).toEqual([
        ['a', 'b;c'],
        ['d', 'e'],
      ]);
    },
  );

  documented(
    PARSE,
    'not documented: text that ends inside a quoted field is refused here; Jospar finds such a quote before parsing',
    () => {
      const { Utilities } = gas(workspace());
      expect(() => Utilities.parseCsv('a,"b\nc,d')).toThrow();
      // What the add-on does instead of relying on Google's unstated behaviour: the line where the quote opens.
      expect(unclosedQuoteLine('section,no,activity\n1,1,"never closed\n1,2,x', ',')).toBe(2);
      expect(unclosedQuoteLine('section,no,activity\n1,1,"closed ""quote"""\n', ',')).toBe(0);
    },
  );
});
