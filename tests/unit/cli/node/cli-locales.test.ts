import { afterEach, describe, expect, it } from 'vitest';
import { headsUpMessage, postureMessage, reminderActions, stretchMessage, trayLine } from '../../../../electron/breaks/common/wording';
import { cliHelp, parseArgs } from '../../../../electron/cli/node/parse-args';
import { ROUTINES } from '../../../../electron/exercises/common/routines';
import { activateMainCatalogue } from '../../../support/main-catalogue';

// `limber --help`, its errors, `limber --status` and the notifications, in each language main
// speaks: every line from the catalogue (a line left in code reads the same in all four), with the
// technical words (options, routine ids, times) kept as they are.

type Language = 'en' | 'de' | 'es' | 'fr';
const ids = ROUTINES.map((r) => r.id);
const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const BLOCKED = ['paused', 'focus', 'away', 'in-call', 'presenting', 'dnd', 'outside-hours', null] as const;

function linesIn(locale: Language): string[] {
  activateMainCatalogue(locale);
  const errors = [['--start=nope'], ['--pause=forever'], ['--focus=maybe'], ['--status=1'], ['--frobnicate'], ['stray'], ['--status', '--resume'], ['--remote-debugging-port=9222']].map((args) => {
    const r = parseArgs(args, ids);
    return r.ok ? 'accepted' : r.error;
  });
  const at = Date.UTC(2026, 11, 7, 14, 35);
  const status = (over: object) => trayLine({ next: null, blocked: null, pausedUntil: null, showing: null, workingResumesAt: null, ...over }, clock);
  const statuses = [
    status({ next: { tier: 'stretch', at } }),
    status({ showing: 'posture' }),
    status({ blocked: 'paused', pausedUntil: at }),
    status({ blocked: 'outside-hours', workingResumesAt: at }),
    ...BLOCKED.map((blocked) => status({ blocked })),
  ];
  const routine = { name: 'R', durationLabel: '3 min', where: 'W' };
  const stretch = { tier: 'stretch' as const, kind: 'due' as const, canSnooze: true, snoozeMin: 5 };
  const notifications = [
    ...Object.values(stretchMessage(routine, 2, { sittingMin: 45, reaskMin: 5 })),
    ...Object.values(postureMessage(0)),
    ...Object.values(headsUpMessage('R', 60)),
    ...reminderActions(stretch).map((a) => a.label),
    ...reminderActions({ ...stretch, tier: 'posture' }).map((a) => a.label),
  ];
  return [cliHelp(), ...errors, ...statuses, ...notifications];
}

afterEach(() => activateMainCatalogue('en'));

describe('the command line and notifications in every language', () => {
  it('English: the help names every option', () => {
    const [help] = linesIn('en');
    for (const option of ['--start', '--pause', '--resume', '--focus', '--status', '--hidden', '--help']) expect(help).toContain(option);
  });

  it.each(['de', 'es', 'fr'] as const)('%s: every line translated; options, routine ids and times kept', (locale) => {
    const en = linesIn('en');
    const lines = linesIn(locale);
    expect(lines).toHaveLength(en.length);
    lines.forEach((line, i) => {
      expect(line, `"${en[i]}" in ${locale}`).not.toBe(en[i]);
      expect(line).not.toMatch(/^main\./); // a key with no message
    });
    const [help, ...rest] = lines;
    for (const option of ['--start', '--pause', '--resume', '--focus', '--status', '--hidden', '--help']) expect(help).toContain(option);
    expect(rest.join('\n')).toContain('nope');
    expect(rest.join('\n')).toContain('--frobnicate');
    expect(rest.join('\n')).toContain('--remote-debugging-port');
    expect(rest.join('\n')).toContain(clock(Date.UTC(2026, 11, 7, 14, 35)));
  });
});
