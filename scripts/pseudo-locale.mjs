// The pseudo-locale en-XA, made from English: every letter accented, each message about 40%
// longer and wrapped in ⟦ ⟧. A screen in en-XA that shows text without the markers shows text
// that escaped the catalogue; one that overflows will overflow in German too.
import { parse } from '@messageformat/parser';

const ACCENTED = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

function accent(text) {
  return [...text].map((ch) => ACCENTED[ch] ?? ch).join('');
}

/** ICU source text for literal content: quote the characters ICU treats as syntax. */
function escapeContent(text, inPlural) {
  return text.replace(/'/g, "''").replace(inPlural ? /[{}#]/g : /[{}]/g, (ch) => `'${ch}'`);
}

function print(tokens, inPlural, literal = false) {
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'content':
          return literal ? t.value : escapeContent(accent(t.value), inPlural);
        case 'argument':
          return `{${t.arg}}`;
        case 'octothorpe':
          return '#';
        case 'function':
          // A function's parameter (a date or number style) is syntax, not words.
          return `{${t.arg}, ${t.key}${t.param ? `,${print(t.param, inPlural, true)}` : ''}}`;
        default: {
          const offset = t.pluralOffset ? ` offset:${t.pluralOffset}` : '';
          const nested = t.type !== 'select';
          const cases = t.cases.map((c) => `${c.key} {${print(c.tokens, nested || inPlural, literal)}}`).join(' ');
          return `{${t.arg}, ${t.type},${offset} ${cases}}`;
        }
      }
    })
    .join('');
}

function literalLength(tokens) {
  let n = 0;
  for (const t of tokens) if (t.type === 'content') n += t.value.length;
  return n;
}

export function pseudoMessage(message) {
  const tokens = parse(message, { strict: false });
  const padding = '·'.repeat(Math.ceil(literalLength(tokens) * 0.4));
  return `${PSEUDO_OPEN}${print(tokens, false)}${padding}${PSEUDO_CLOSE}`;
}
