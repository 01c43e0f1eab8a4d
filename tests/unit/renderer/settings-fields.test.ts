import { describe, expect, it } from 'vitest';
import { parseField, parseNumberField } from '../../../renderer/src/settings-fields';

describe('parseNumberField', () => {
  it('accepts what main would save, as a number', () => {
    expect(parseNumberField('stretchIntervalMin', '45')).toEqual({ ok: true, value: 45 });
    expect(parseNumberField('stretchIntervalMin', '  30 ')).toEqual({ ok: true, value: 30 });
    expect(parseNumberField('stretchIntervalMin', '+10')).toEqual({ ok: true, value: 10 });
  });

  it('asks for a number when the field is empty, in the unit given', () => {
    expect(parseNumberField('stretchIntervalMin', '')).toEqual({ ok: false, message: 'Enter a number of minutes.' });
    expect(parseNumberField('headsUpSec', '   ', 'seconds')).toEqual({ ok: false, message: 'Enter a number of seconds.' });
  });

  it('refuses anything but digits, with an example', () => {
    for (const text of ['abc', '4 5', '45min', '1e2', '0x10', '--5', '.5', '5.']) {
      expect(parseNumberField('stretchIntervalMin', text)).toEqual({ ok: false, message: 'Use digits only, for example 45.' });
    }
  });

  it("uses the settings schema's own message for out-of-range and fractional values", () => {
    expect(parseNumberField('stretchIntervalMin', '0')).toEqual({
      ok: false,
      message: 'Stretch break interval must be at least 10 minutes.',
    });
    expect(parseNumberField('stretchIntervalMin', '241')).toEqual({
      ok: false,
      message: 'Stretch break interval can be at most 240 minutes.',
    });
    expect(parseNumberField('stretchIntervalMin', '-5')).toMatchObject({ ok: false });
    expect(parseNumberField('stretchIntervalMin', '45.5')).toEqual({
      ok: false,
      message: 'Stretch break interval must be a whole number of minutes.',
    });
  });
});

describe('parseField', () => {
  it('checks any field against the same schema', () => {
    expect(parseField('focusShortcut', 'CommandOrControl+Alt+F')).toEqual({ ok: true, value: 'CommandOrControl+Alt+F' });
    expect(parseField('focusShortcut', 'F')).toMatchObject({ ok: false });
    expect(parseField('theme', 'neon')).toMatchObject({ ok: false });
  });
});
