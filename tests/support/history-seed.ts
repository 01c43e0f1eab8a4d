import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HISTORY_FILE } from '../../electron/history/node/history-store';
import type { HistoryRecord } from '../../electron/history/common/records';
import type { SitRange, WalkRange } from '../../electron/history/common/function-ranges';

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

const SIT: SitRange[] = ['lt10', 'lt10', '10-30', '10-30', '10-30', '30-60', '30-60', '30-60', '30-60', '60-120', '60-120', '60-120'];
const WALK: WalkRange[] = ['lt5', '5-15', '5-15', '5-15', '15-30', '15-30', '15-30', '15-30', '30-60', '30-60', '30-60', '30-60'];

/**
 * Twelve weeks of recovery, weekdays only: the first two weeks rated pain as one number (as the
 * release before issue 22 did), then leg and back apart, leg pain falling from about 7 to about 3;
 * a function answer each week, sitting and walking longer; one session stopped with "This hurt".
 */
function recoveryDay(daysAgo: number, random: (n: number) => number, answered: Set<number>): HistoryRecord[] {
  const records: HistoryRecord[] = day(daysAgo, random).filter((r) => r.kind !== 'pain');
  const session = records.find((r) => r.kind === 'session')!;
  const week = 11 - Math.floor(daysAgo / 7);
  const start = new Date(session.kind === 'session' ? session.startedAt : session.at);
  const leg = Math.max(0, Math.round(7 - (week * 4) / 11) + random(2));
  const back = Math.max(0, 4 - Math.floor(week / 4) + random(2));
  const rate = (rating: number, site?: 'leg' | 'back'): HistoryRecord => ({ ...base(start), kind: 'pain', when: 'before', rating, ...(site ? { site } : {}) });
  records.push(...(week < 2 ? [rate(leg)] : [rate(leg, 'leg'), rate(back, 'back')]));
  // On each week's first weekday: the function answer, late in the day; in week 4, "This hurt".
  const firstOfWeek = !answered.has(week);
  answered.add(week);
  if (firstOfWeek) records.push({ ...base(localTime(daysAgo, 17)), kind: 'function', sit: SIT[week]!, walk: WALK[week]! });
  if (week === 4 && firstOfWeek && session.kind === 'session') {
    session.endReason = 'hurt';
    session.completed = false;
    session.steps = [
      { exerciseId: 'sit-tall-reset', sidesDone: 1, secondsHeld: 60 },
      { exerciseId: 'figure-four-seated', sidesDone: 0, secondsHeld: 12 },
    ];
  }
  return records;
}

/**
 * Writes a history.jsonl into a user-data directory (relaunch the app to read it): `week` is the
 * last 7 days, every day; `two-months` is the last 60 days with the weekends off; `twelve-weeks`
 * is 84 days of recovery with leg and back pain apart (recoveryDay).
 */
export async function seedHistory(userDataDir: string, span: 'week' | 'two-months' | 'twelve-weeks'): Promise<void> {
  const random = randomFrom(span === 'week' ? 7 : span === 'two-months' ? 60 : 84);
  const records: HistoryRecord[] = [];
  const answered = new Set<number>();
  const first = span === 'week' ? 6 : span === 'two-months' ? 59 : 83;
  for (let daysAgo = first; daysAgo >= 0; daysAgo--) {
    const weekday = localTime(daysAgo, 12).getDay();
    if (span !== 'week' && (weekday === 0 || weekday === 6)) continue;
    records.push(...(span === 'twelve-weeks' ? recoveryDay(daysAgo, random, answered) : day(daysAgo, random)));
  }
  await writeFile(join(userDataDir, HISTORY_FILE), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
