import { documented, gas, GAS, workspace } from './reference';

const PARSE = `${GAS}utilities/utilities#parseCsv(String)`;
const PARSE_DELIMITED = `${GAS}utilities/utilities#parseCsv(String,Char)`;

describe('Utilities.parseCsv', () => {
  documented(PARSE, 'returns a tabular 2D array of a CSV string: "a,b,c\\nd,e,f" is [[a, b, c], [d, e, f]]', () => {
    const { Utilities } = gas(workspace());
    expect(Utilities.parseCsv('a,b,c\nd,e,f')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  documented(
    PARSE_DELIMITED,
    'takes a custom delimiter: "a\\tb\\tc\\nd\\te\\tf" with "\\t" is [[a, b, c], [d, e, f]]',
    () => {
      const { Utilities } = gas(workspace());
      expect(Utilities.parseCsv('a\tb\tc\nd\te\tf', '\t')).toEqual([
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ]);
      expect(Utilities.parseCsv('a;"b;c"\r\nd;e', ';')).toEqual([
        ['a', 'b;c'],
        ['d', 'e'],
      ]);
    },
  );

  documented(PARSE, 'reads CSV quoting: quoted fields keep delimiters, doubled quotes and line breaks', () => {
    const { Utilities } = gas(workspace());
    expect(Utilities.parseCsv('x,"say ""hi"", then\ngo",y')).toEqual([['x', 'say "hi", then\ngo', 'y']]);
    // Every value comes back as text, numbers included.
    expect(Utilities.parseCsv('1,2.5')).toEqual([['1', '2.5']]);
  });

  documented(
    PARSE,
    'refuses text that ends inside a quoted field (the reference returns only well-formed tables)',
    () => {
      const { Utilities } = gas(workspace());
      expect(() => Utilities.parseCsv('a,"b\nc,d')).toThrow();
    },
  );
});
