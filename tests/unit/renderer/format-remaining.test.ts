import { afterEach, describe, expect, it } from 'vitest';
import de from '../../../electron/i18n/common/generated/de.js';
import en from '../../../electron/i18n/common/generated/en.js';
import { activateCatalog } from '../../../electron/i18n/common/translate';
import { formatRemaining } from '../../../renderer/src/format-remaining';

const s = 1000;
const min = 60 * s;
// Intl puts no-break spaces between number and unit in some languages; compare with plain spaces.
const text = (ms: number) => formatRemaining(ms).replace(/[\u00a0\u202f]/g, ' ');

describe('formatRemaining', () => {
  afterEach(() => activateCatalog('en', en));

  it('shows whole minutes, rounded up, from ten minutes out', () => {
    expect(text(45 * min)).toBe('45 min');
    expect(text(44 * min + 1)).toBe('45 min');
    expect(text(10 * min)).toBe('10 min');
    expect(text(10 * min - s + 1)).toBe('10 min');
    expect(text(65 * min)).toBe('1 hr, 5 min');
  });

  it('shows minutes and seconds below ten minutes', () => {
    expect(text(10 * min - s)).toBe('9 min, 59 sec');
    expect(text(4 * min + 5 * s)).toBe('4 min, 5 sec');
    expect(text(60 * s)).toBe('1 min, 0 sec');
  });

  it('shows seconds alone in the last minute, counting a started second as whole', () => {
    expect(text(59 * s)).toBe('59 sec');
    expect(text(44 * s + 1)).toBe('45 sec');
    expect(text(1)).toBe('1 sec');
    expect(text(0)).toBe('0 sec');
  });

  it('changes text exactly when the whole second of remaining time changes', () => {
    expect(text(9 * min + 30 * s)).toBe('9 min, 30 sec');
    expect(text(9 * min + 29 * s + 1)).toBe('9 min, 30 sec');
    expect(text(9 * min + 29 * s)).toBe('9 min, 29 sec');
  });

  it('speaks the active language: German units and list', () => {
    activateCatalog('de', de);
    expect(text(45 * min)).toBe('45 Min.');
    expect(text(4 * min + 5 * s)).toBe('4 Min., 5 Sek.');
  });
});
