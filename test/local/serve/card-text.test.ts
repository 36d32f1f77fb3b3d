import { formattedText } from '../../../src/local/serve/card-text';

describe('card text as Google formats it', () => {
  it('keeps the documented tags (b, i, u, s, br, font color, a href) and escapes everything else', () => {
    expect(formattedText('<b>1.05</b> <i>i</i> <u>u</u> <s>s</s><br>x')).toBe(
      '<b>1.05</b> <i>i</i> <u>u</u> <s>s</s><br>x',
    );
    expect(formattedText('<font color="#ea4335">Мерзімі өтті</font>')).toBe(
      '<span style="color:#ea4335">Мерзімі өтті</span>',
    );
    expect(formattedText('<a href="https://docs.google.com/d/1">құжат</a>')).toBe(
      '<a href="https://docs.google.com/d/1" target="_blank" rel="noopener">құжат</a>',
    );
  });

  it('never lets markup run: scripts, event handlers, javascript: links and stray tags come out as text', () => {
    expect(formattedText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(formattedText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(formattedText('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(formattedText('<b onclick="x()">y</b>')).toBe('<b>y</b>'); // the attribute is dropped
    expect(formattedText('<font color="red;background:url(x)">z</font>')).toBe('<span>z</span>');
    expect(formattedText('<b>open')).toBe('<b>open</b>');
    expect(formattedText('a & b < c')).toBe('a &amp; b &lt; c');
  });
});
