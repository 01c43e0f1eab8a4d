import { describe, expect, it } from 'vitest';
import { shortcutFor, type FocusPlace } from '../../../renderer/src/views/session/player-keys';
import { clockText, msToNextSecond, timerLabel, timerName } from '../../../renderer/src/views/session/timer-text';
import { exerciseById } from '@electron/exercises/common/routines';

const body: FocusPlace = { tag: 'body', type: '', role: '', editable: false, inDialog: false, inRadioGroup: false };
const press = (key: string) => ({ key, altKey: false, ctrlKey: false, metaKey: false });
const radio: FocusPlace = { ...body, tag: 'input', type: 'radio', inRadioGroup: true };
const button: FocusPlace = { ...body, tag: 'button' };

describe('player keys belong to the focused control first', () => {
  it('act for the whole window when nothing that uses them has focus', () => {
    expect(shortcutFor(press(' '), body)).toBe('toggle-pause');
    expect(shortcutFor(press('ArrowRight'), body)).toBe('next');
    expect(shortcutFor(press('ArrowLeft'), body)).toBe('back');
    expect(shortcutFor(press('Escape'), body)).toBe('end');
    expect(shortcutFor(press('Enter'), body)).toBeNull();
    expect(shortcutFor(press('a'), body)).toBeNull();
  });

  it('Space on a focused button or pain rating chooses it instead of pausing', () => {
    expect(shortcutFor(press(' '), button)).toBeNull();
    expect(shortcutFor(press(' '), radio)).toBeNull();
    expect(shortcutFor(press(' '), { ...body, tag: 'summary' })).toBeNull();
    expect(shortcutFor(press(' '), { ...body, tag: 'div', role: 'button' })).toBeNull();
  });

  it('arrows in a radio group or a field move there, not through the session', () => {
    expect(shortcutFor(press('ArrowRight'), radio)).toBeNull();
    expect(shortcutFor(press('ArrowLeft'), { ...body, tag: 'input', type: 'number' })).toBeNull();
    expect(shortcutFor(press('ArrowRight'), { ...body, tag: 'div', editable: true })).toBeNull();
    // A focused plain button has no use for arrows: they still skip.
    expect(shortcutFor(press('ArrowRight'), button)).toBe('next');
  });

  it('nothing reaches the player while a dialog is open or with a modifier held', () => {
    for (const key of [' ', 'ArrowRight', 'ArrowLeft', 'Escape']) expect(shortcutFor(press(key), { ...button, inDialog: true })).toBeNull();
    expect(shortcutFor({ ...press('ArrowRight'), altKey: true }, body)).toBeNull();
    expect(shortcutFor({ ...press(' '), ctrlKey: true }, body)).toBeNull();
  });
});

describe('the timer reads as people say it', () => {
  it('seconds for a hold, m:ss for a phase of minutes', () => {
    expect(clockText(45_000, 60_000)).toBe('45');
    expect(clockText(59_001, 60_000)).toBe('60');
    expect(clockText(0, 60_000)).toBe('0');
    expect(clockText(298_000, 300_000)).toBe('4:58');
    expect(clockText(60_000, 300_000)).toBe('1:00');
    expect(clockText(45_000, 300_000)).toBe('0:45');
  });

  it('a walk says "walk", not "Hold"; a pause says so', () => {
    const walk = exerciseById('walk')!;
    expect(timerLabel({ phase: 'hold', paused: false, exercise: walk })).toBe('walk');
    expect(timerLabel({ phase: 'hold', paused: false, exercise: exerciseById('core-brace')! })).toBe('Hold');
    expect(timerLabel({ phase: 'hold', paused: true, exercise: walk })).toBe('Paused');
    expect(timerName(298_000, 'walk')).toBe('4 minutes, 58 seconds, walk');
    expect(timerName(60_000, 'walk')).toBe('1 minute, walk');
    expect(timerName(1_000, 'Hold')).toBe('1 second, Hold');
  });
});

describe('the player wakes once per shown second', () => {
  it('arms its timer for just past the moment the whole second changes', () => {
    expect(msToNextSecond(59_999)).toBe(1001); // 60 shown until 59,000 ms remain
    expect(msToNextSecond(59_000)).toBe(1002); // exactly on a boundary: the next one is a second away
    expect(msToNextSecond(350)).toBe(352); // the phase ends in 350 ms
    expect(clockText(59_999 - (msToNextSecond(59_999) - 2), 60_000)).toBe('59');
  });
});
