import { describe, expect, it } from 'vitest';
import { waitingShortcut, type FocusPlace } from '../../../renderer/src/views/session/player-keys';

const body: FocusPlace = { tag: 'body', type: '', role: '', editable: false, inDialog: false, inRadioGroup: false };
const press = (key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('a floor lead-in waiting for the person', () => {
  it('starts on Space, Enter, → or any letter, from anywhere', () => {
    for (const key of [' ', 'Enter', 'ArrowRight', 'a', 'R', '5']) expect(waitingShortcut(press(key), body), key).toBe('next');
  });

  it('Esc still asks to end and ← still goes back; modifiers, fields and dialogs keep their keys', () => {
    expect(waitingShortcut(press('Escape'), body)).toBe('end');
    expect(waitingShortcut(press('ArrowLeft'), body)).toBe('back');
    expect(waitingShortcut(press('Tab'), body)).toBeNull();
    expect(waitingShortcut(press('Shift'), body)).toBeNull();
    expect(waitingShortcut(press('r', { ctrlKey: true }), body)).toBeNull();
    expect(waitingShortcut(press(' '), { ...body, tag: 'button' })).toBeNull(); // presses the button itself
    expect(waitingShortcut(press('Enter'), { ...body, tag: 'button' })).toBeNull();
    expect(waitingShortcut(press('a'), { ...body, tag: 'input', type: 'text' })).toBeNull();
    expect(waitingShortcut(press('a'), { ...body, inDialog: true })).toBeNull();
  });
});
