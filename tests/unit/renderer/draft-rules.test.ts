import { describe, expect, it } from 'vitest';
import { decideCommit, draftMessages, type DraftState } from '../../../renderer/src/hooks/draft-rules';
import { fail, ok } from '@electron/base/common/result';
import { parseNumberField, saveOutcome } from '../../../renderer/src/settings-fields';

const parse = (text: string) => parseNumberField('stretchIntervalMin', text);
const at = (text: string, phase: DraftState['phase'], failure: string | null = null): DraftState => ({
  text,
  phase,
  failure,
});
const commit = (state: DraftState, saved = 30) => decideCommit(state, parse, saved, Object.is);

describe('a typed setting is saved only when finished and valid', () => {
  it('finishing a valid, changed value saves exactly that value', () => {
    expect(commit(at('150', 'pending'))).toEqual({ kind: 'save', value: 150 });
  });

  it('an invalid value is never sent, however it is finished', () => {
    for (const text of ['100000', '0', '', 'ten', '1'])
      expect(commit(at(text, 'pending'))).toEqual({ kind: 'invalid' });
  });

  it('the saved value typed again, or nothing typed, sends nothing', () => {
    expect(commit(at('30', 'pending'))).toEqual({ kind: 'unchanged' });
    expect(commit(at('030', 'pending'))).toEqual({ kind: 'unchanged' });
    for (const phase of ['clean', 'saving', 'saved'] as const)
      expect(commit(at('150', phase))).toEqual({ kind: 'nothing' });
  });

  it('after main refused, finishing again tries again', () => {
    expect(commit(at('150', 'failed', 'Disk full.'))).toEqual({ kind: 'save', value: 150 });
  });
});

describe('what the field says', () => {
  it('a pending valid value says it is not saved yet', () => {
    expect(draftMessages(at('150', 'pending'), parse)).toEqual({ error: null, status: 'Not saved yet: Enter saves, Esc undoes.' });
  });

  it('an error is never accompanied by "Saved." or any other status', () => {
    for (const phase of ['pending', 'saving', 'saved'] as const) {
      const messages = draftMessages(at('100000', phase), parse);
      expect(messages.error).toBe('Stretch break interval can be at most 240 minutes.');
      expect(messages.status).toBe('');
    }
  });

  it('"Saved." only once main stored it; main\'s own words when it did not', () => {
    expect(draftMessages(at('150', 'saving'), parse)).toEqual({ error: null, status: 'Saving…' });
    expect(draftMessages(at('150', 'saved'), parse)).toEqual({ error: null, status: 'Saved.', saved: true });
    expect(draftMessages(at('150', 'failed', 'The settings file is read-only.'), parse)).toEqual({
      error: 'Not saved: The settings file is read-only.',
      status: '',
    });
    expect(draftMessages(at('45', 'clean'), parse)).toEqual({ error: null, status: '' });
  });

  it("a failed save is told in main's most specific words", () => {
    expect(saveOutcome(ok({}))).toEqual({ ok: true });
    expect(saveOutcome(fail('failed', 'Could not write settings.'))).toEqual({
      ok: false,
      message: 'Could not write settings.',
    });
    expect(
      saveOutcome(
        fail('invalid-arguments', 'Invalid arguments.', [
          { path: '0.snoozeMin', message: 'Snooze can be at most 30 minutes.' },
        ]),
      ),
    ).toEqual({
      ok: false,
      message: 'Snooze can be at most 30 minutes.',
    });
  });
});
