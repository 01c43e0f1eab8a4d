import { afterEach, describe, expect, it } from 'vitest';
import de from '../../../electron/i18n/common/generated/de.js';
import en from '../../../electron/i18n/common/generated/en.js';
import fr from '../../../electron/i18n/common/generated/fr.js';
import { activateCatalog } from '../../../electron/i18n/common/translate';
import { formatDuration } from '../../../electron/i18n/common/format';
import { planRoutine } from '../../../electron/exercises/common/plan';
import { ROUTINES } from '../../../electron/exercises/common/routines';
import { reminderRoutineWords, headsUpMessage, reminderActions, sittingLine, stretchMessage, trayLine } from '../../../electron/breaks/common/wording';

afterEach(() => activateCatalog('en', en));

describe('a reminder names a routine as the window does', () => {
  it('with the length home and the preview show: the plan total, through formatDuration', () => {
    for (const routine of ROUTINES)
      expect(reminderRoutineWords(routine.id).durationLabel).toBe(formatDuration(planRoutine(routine).totalSec));
    // The reminder used to count only the guided timer ("6 min"); the window counts lead-ins and getting up from the floor.
    expect(reminderRoutineWords('sciatica-relief').durationLabel).toBe('9 min');
  });
});

describe('reminder words in German', () => {
  it('the sitting reminder, its buttons and the heads-up read German, with German units', () => {
    activateCatalog('de', de, 'DE');
    const words = { name: 'Ischias-Entlastung', durationLabel: formatDuration(420), where: 'auf dem Boden' };
    const message = stretchMessage(words, 0, { sittingMin: 45, reaskMin: 10, boutLimited: true });
    expect(message.title).toBe('Du sitzt schon seit 45 Minuten');
    expect(message.body).toBe(
      'Zeit für: Ischias-Entlastung – 7 Min., auf dem Boden. Fang an, wenn du so weit bist. ' +
        'Wenn du aussetzt, frage ich in 10 Minuten wieder. Jetzt kein Aufschieben mehr: Du hast lange genug gesessen.',
    );
    expect(
      reminderActions({ tier: 'stretch', kind: 'due', canSnooze: true, snoozeMin: 10 }).map((a) => a.label),
    ).toEqual(['Dehnen starten', '10 Min. später', 'Aussetzen', 'Ich habe mich schon bewegt']);
    expect(headsUpMessage('Ischias-Entlastung', 120).title).toBe('Dehnpause in 2 Minuten');
    expect(headsUpMessage('Ischias-Entlastung', 30).title).toBe('Dehnpause in 30 Sekunden');
  });

  it('the tray line and the sitting line read German, with the clock the caller formats', () => {
    activateCatalog('de', de, 'DE');
    const status = {
      next: { tier: 'posture' as const, at: 0 },
      blocked: null,
      pausedUntil: null,
      showing: null,
      workingResumesAt: null,
    };
    expect(trayLine(status, () => '14:35')).toBe('Haltungscheck um 14:35');
    expect(trayLine({ ...status, next: null, blocked: 'in-call' }, () => '')).toBe(
      'Angehalten: Du bist in einem Anruf',
    );
    expect(sittingLine({ sittingSince: 0, presenceKnown: false }, () => '09:00')).toBe(
      'Sitzt seit 09:00 (Anrufe können mehr verbergen)',
    );
  });

  it('an hour or more of sitting is said in hours and minutes, in each language', () => {
    const words = { name: 'R', durationLabel: '7 min', where: 'w' };
    expect(stretchMessage(words, 1, { sittingMin: 75, reaskMin: 0 }).title).toBe(
      "You've been sitting for 1 hour, 15 minutes",
    );
    activateCatalog('fr', fr, 'FR');
    // Intl puts a no-break space between number and unit in French.
    expect(stretchMessage(words, 1, { sittingMin: 75, reaskMin: 0 }).title.replace(/\s/g, ' ')).toBe(
      '1 heure et 15 minutes sans vous lever',
    );
  });
});
