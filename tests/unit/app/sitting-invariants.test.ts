import { beforeAll, describe, expect, it } from 'vitest';
import { SKIP_REASK_MS } from '../../../electron/breaks/common/config';
import { MIN } from '../../support/fake-desk';
import { liveSittingMonth, type Minute, type SittingLifeReport } from '../../support/sitting-life';

/**
 * Issue 19's invariants over weeks of one person's life on the real services (the same life the
 * bench measures, tests/support/sitting-life.ts): nothing shows in a call, a call never ends a
 * sitting bout, reading at the desk never ends one, and while the person sits with nothing holding
 * reminders an offer comes at least every interval + the longest stated wait.
 */
const WORKDAYS = Number(process.env['SITTING_DAYS'] ?? 10);
/**
 * The longest wait a reminder states (a skip, or after two ignored) plus the two minutes an
 * unanswered one stays up, the minimum gap after a posture check, and a minute of sampling.
 */
const STATED_WAIT_MS = SKIP_REASK_MS + 2 * MIN + MIN + MIN;

/** Runs of consecutive minutes that satisfy `pick`. */
function spells(timeline: Minute[], pick: (m: Minute) => boolean): Minute[][] {
  const out: Minute[][] = [];
  let run: Minute[] = [];
  for (const m of timeline) {
    if (pick(m)) run.push(m);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

describe(`a sitting person, over ${WORKDAYS} working days`, () => {
  let life: SittingLifeReport;
  let timeline: Minute[];
  const after = (spell: Minute[]) => timeline[timeline.indexOf(spell.at(-1)!) + 1];
  beforeAll(async () => {
    life = await liveSittingMonth(WORKDAYS, 31);
    timeline = life.timeline;
  }, 300_000);

  it('nothing in calls: no reminder, no heads-up', () => {
    expect(life.remindersInCalls).toBe(0);
  });

  it('a call never ends a bout: the bout that ran into the call goes on after it', () => {
    const calls = spells(timeline, (m) => m.doing === 'call');
    expect(calls.length).toBeGreaterThanOrEqual(WORKDAYS * 1.5); // two planned a day; an overlapping plan drops one
    for (const call of calls) {
      const next = after(call);
      if (!next || next.doing !== 'sit' || next.day !== call[0]!.day) continue;
      // Up for the offer after it, or told it of a walk before it: the bout rightly changes.
      if ([...life.sessionsAt, ...life.awayAnswersAt].some((t) => t >= call.at(-1)!.real && t <= next.real)) continue;
      expect(call[0]!.appSince, 'a bout runs into the call').not.toBeNull();
      expect(next.appSince, 'the same bout after it').toBe(call[0]!.appSince);
    }
  });

  it('reading never ends a bout (unless the person got up for a session a reminder offered in it)', () => {
    const readings = spells(timeline, (m) => m.reading);
    expect(readings.length).toBeGreaterThanOrEqual(WORKDAYS);
    let judged = 0;
    for (const spell of readings) {
      const from = spell[0]!.real - MIN;
      const to = spell.at(-1)!.real;
      if ([...life.sessionsAt, ...life.awayAnswersAt].some((t) => t >= from && t <= to + MIN)) continue;
      const next = after(spell);
      if (!next || next.doing !== 'sit') continue;
      judged++;
      expect(next.appSince, `reading at ${new Date(spell[0]!.wall).toISOString()} kept the bout`).toBe(
        spell[0]!.appSince,
      );
    }
    expect(judged).toBeGreaterThan(WORKDAYS / 2);
  });

  // Liveness against the bout: while sitting with nothing holding reminders (in working hours,
  // not in the day's last quiet minutes), the first offer comes by the interval (+ the stated
  // wait, as slack) and every later one within the stated wait.
  it('liveness: while the person sits and nothing holds reminders, an offer comes at least every interval + the stated wait', () => {
    let lastHeldEnd = -Infinity;
    let checks = 0;
    for (const m of timeline) {
      if (m.held) lastHeldEnd = m.real;
      const hour = new Date(m.wall).getUTCHours() + new Date(m.wall).getUTCMinutes() / 60;
      if (m.doing !== 'sit' || m.held || m.appSince === null || hour >= 17.4) continue;
      // An offer answered "I was away" belongs to the bout it ended (the new one began at the walk).
      const lastOffer =
        life.stretchOffersAt.filter((t) => t <= m.real && !life.awayAnswersAt.includes(t)).at(-1) ?? -Infinity;
      const boutStartReal = m.real - (m.wall - m.appSince);
      const lastAwayAnswer = life.awayAnswersAt.filter((t) => t <= m.real).at(-1) ?? -Infinity;
      // The first offer of a bout comes at the interval; every later one within the stated wait.
      const offeredInBout = lastOffer >= boutStartReal && lastOffer >= lastHeldEnd && lastOffer > lastAwayAnswer;
      const since = Math.max(boutStartReal, offeredInBout ? lastOffer : -Infinity, lastHeldEnd);
      const bound = offeredInBout ? STATED_WAIT_MS : m.interval * MIN + STATED_WAIT_MS;
      checks++;
      expect(
        m.real - since,
        `an offer at least every ${bound / MIN} min while sitting (${new Date(m.wall).toISOString()})`,
      ).toBeLessThanOrEqual(bound);
    }
    expect(checks).toBeGreaterThan(WORKDAYS * 200);
  });
});
