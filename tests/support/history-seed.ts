import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HISTORY_FILE } from '../../electron/history/node/history-store';
import type { HistoryRecord } from '../../electron/history/common/records';

/** A small deterministic generator, so the same seed draws the same history (and screenshots). */
function randomFrom(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    // The high bits: an LCG's low bits repeat with a short period.
    return Math.floor((state / 2 ** 31) * n);
  };
}

/** Local time on the day `daysAgo` days before today. */
const localTime = (daysAgo: number, hour: number, minute = 0) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hour, minute);
};

const base = (at: Date) => ({ id: randomUUID(), v: 1 as const, at: at.toISOString() });

/** One ordinary desk day: two sittings, a session with ratings, a walk, reminders taken and missed. */
function day(daysAgo: number, random: (n: number) => number): HistoryRecord[] {
  const records: HistoryRecord[] = [];
  for (const [hour, minutes] of [
    [9, 40 + random(80)],
    [13, 30 + random(120)],
  ] as const) {
    const start = localTime(daysAgo, hour);
    records.push({ ...base(new Date(start.getTime() + minutes * 60_000)), kind: 'sitting', startedAt: start.toISOString(), minutes });
  }
  const start = localTime(daysAgo, 11);
  // Seconds that are not whole minutes, so a careless sum shows "10.2".
  const held = [150 + random(200), 130 + random(200), 92 + random(90)];
  const end = new Date(start.getTime() + held.reduce((a, s) => a + s, 0) * 1000);
  const before = 4 + random(5);
  records.push({ ...base(start), kind: 'pain', when: 'before', rating: before });
  records.push({
    ...base(end),
    kind: 'session',
    routineId: 'sciatica-relief',
    routineName: 'Sciatica relief',
    startedAt: start.toISOString(),
    endedAt: end.toISOString(),
    completed: true,
    endReason: 'finished',
    steps: held.map((secondsHeld) => ({ exerciseId: 'shoulder-rolls', sidesDone: 2 as const, secondsHeld })),
  });
  records.push({ ...base(new Date(end.getTime() + 1000)), kind: 'pain', when: 'after', rating: Math.max(0, before - random(4)) });
  if (random(3) > 0) {
    records.push(
      random(2)
        ? { ...base(localTime(daysAgo, 12, 30)), kind: 'walk', minutes: 10 + random(25) }
        : { ...base(localTime(daysAgo, 12, 30)), kind: 'walk', distance: { value: 1 + random(30) / 10, unit: 'km' } },
    );
  }
  records.push({ ...base(localTime(daysAgo, 10)), kind: 'reminder', tier: 'posture', action: 'taken' });
  for (let i = random(3); i > 0; i--) records.push({ ...base(localTime(daysAgo, 15, i)), kind: 'reminder', tier: 'stretch', action: 'missed' });
  return records;
}

/**
 * Writes a history.jsonl into a user-data directory (relaunch the app to read it): `week` is the
 * last 7 days, every day; `two-months` is the last 60 days with the weekends off.
 */
export async function seedHistory(userDataDir: string, span: 'week' | 'two-months'): Promise<void> {
  const random = randomFrom(span === 'week' ? 7 : 60);
  const records: HistoryRecord[] = [];
  for (let daysAgo = span === 'week' ? 6 : 59; daysAgo >= 0; daysAgo--) {
    const weekday = localTime(daysAgo, 12).getDay();
    if (span === 'two-months' && (weekday === 0 || weekday === 6)) continue;
    records.push(...day(daysAgo, random));
  }
  await writeFile(join(userDataDir, HISTORY_FILE), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
