// Issue 24, part 4: an own routine as the break routine, on the fake desk (the composed services on
// a fake clock): named by the reminder, opened by Start, counted and recorded, and ending the
// sitting bout only when it gets the person up. Its name stays text in the notification.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeDesk, MIN } from '../../support/fake-desk';
import { NOTHING_APPLIES } from '../../support/safety-answers';
import { ownExercise, ownLibrary, ownRoutine } from '../../support/own-routines';
import { publishLibrary } from '../../../electron/routines/common/to-catalogue';
import { emptyLibrary } from '../../../electron/routines/common/own-schema';

let desk: FakeDesk;
afterEach(() => {
  desk?.dispose();
  publishLibrary(emptyLibrary());
});

async function deskWith(position: 'seated' | 'standing', name = 'My physio routine') {
  const userDataDir = await mkdtemp(join(tmpdir(), 'limber-own-'));
  const exercise = ownExercise({ position, ...(position === 'standing' ? { needs: [] } : {}) });
  await writeFile(join(userDataDir, 'routines.json'), JSON.stringify(ownLibrary({ exercises: [exercise], routines: [ownRoutine({ name, steps: [{ exerciseId: 'own-knee' }] })] })));
  desk = await FakeDesk.create({
    userDataDir,
    settings: { postureChecksEnabled: false, headsUpSec: 0, stretchRoutineId: 'own-physio', screening: { ...NOTHING_APPLIES, worseWith: [] } },
    policy: () => ({ kind: 'action', action: 'start' }),
  });
  return desk;
}

describe('an own routine as the break routine', () => {
  it('is named by the reminder, opened by Start, counted once and recorded in history by its id', async () => {
    await deskWith('standing');
    await desk.run(45 * MIN + 1000);
    const reminder = desk.dueNotifications('stretch').at(-1)!;
    // Marked as the person's or their clinician's, in text: a notification shows no badge.
    expect(reminder.body).toContain('My physio routine (from you or your clinician): ');
    // Its "where" reads mid-sentence, as a built-in routine's does ("2 min, on the floor.").
    expect(reminder.body).toMatch(/, as you set it up\. /);
    expect(desk.opened).toEqual(['own-physio']);
    await desk.startSession('own-physio');
    expect(desk.breaks.status().sittingSince).toBeNull(); // on your feet: the sitting bout ended
    await desk.finishSession('own-physio', 120);
    await vi.waitFor(() => expect(desk.reminderRecords('taken')).toHaveLength(1));
    const sessions = [];
    for await (const r of desk.services.history.records()) if (r.kind === 'session') sessions.push(r);
    expect(sessions).toEqual([expect.objectContaining({ routineId: 'own-physio' })]);
  });

  it('a seated own routine does not end the sitting bout', async () => {
    await deskWith('seated');
    await desk.run(10 * MIN);
    await desk.startSession('own-physio');
    expect(desk.breaks.status().sittingSince).not.toBeNull();
  });

  it('markup in its name reaches the notifier as the very text typed (notify-send escapes it: its own test)', async () => {
    await deskWith('standing', '<b>Physio</b> & co');
    await desk.run(45 * MIN + 1000);
    expect(desk.dueNotifications('stretch').at(-1)!.body).toContain('Time for your <b>Physio</b> & co (from you or your clinician): ');
  });
});

describe('an own routine at a chosen stretch time', () => {
  async function deskAtTime() {
    const userDataDir = await mkdtemp(join(tmpdir(), 'limber-own-time-'));
    await writeFile(join(userDataDir, 'routines.json'), JSON.stringify(ownLibrary({ routines: [ownRoutine({ steps: [{ exerciseId: 'own-knee' }] })] })));
    desk = await FakeDesk.create({
      userDataDir,
      // The desk starts at 08:00; the break due at 08:45 is the first after the chosen 08:30.
      settings: { postureChecksEnabled: false, headsUpSec: 0, stretchTimes: [{ at: '08:30', routineId: 'own-physio' }], screening: { ...NOTHING_APPLIES, worseWith: [] } },
      policy: () => ({ kind: 'action', action: 'start' }),
    });
    return desk;
  }

  it('is offered by the break due after its time', async () => {
    await deskAtTime();
    await desk.run(45 * MIN + 1000);
    expect(desk.dueNotifications('stretch').at(-1)!.body).toContain('My physio routine (from you or your clinician)');
    expect(desk.opened).toEqual(['own-physio']);
  });

  it('deleted before its time: the usual routine is offered, nothing breaks', async () => {
    await deskAtTime();
    await desk.run(10 * MIN);
    expect(await desk.call('routines:delete', [{ kind: 'routine', id: 'own-physio' }])).toMatchObject({ routines: [] });
    await desk.run(35 * MIN + 1000);
    expect(desk.dueNotifications('stretch').at(-1)!.body).not.toContain('My physio routine');
    expect(desk.opened).toEqual(['stand-and-walk']);
    // The setting is kept as it was (Settings shows the time's routine as deleted), and other changes still save.
    expect(desk.services.settings.get().stretchTimes).toEqual([{ at: '08:30', routineId: 'own-physio' }]);
    expect(desk.services.settings.update({ stretchIntervalMin: 50 }).ok).toBe(true);
  });
});

