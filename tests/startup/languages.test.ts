// Main follows the system's language (Electron's app.getPreferredSystemLanguages, from LANG on
// Linux) and Settings' choice: the tray, the application menu, the window's address and the
// command line speak it, under the stand-in Electron.
import { beforeAll, describe, expect, it } from 'vitest';
import { appRoot } from './app-root';
import { buildStandIn, runMain, type MainRun } from './run-main';

interface MenuItem {
  label?: string;
  role?: string;
  submenu?: MenuItem[];
}
interface Words {
  trayMenu: MenuItem[];
  trayTooltip: string;
  applicationMenu: MenuItem[];
  loaded: string[][];
}
const labels = (items: MenuItem[]) =>
  items.map((item) => item.label).filter((label): label is string => label !== undefined);

let standInDir = '';
beforeAll(async () => {
  standInDir = await buildStandIn();
});

describe('a German desktop (LANG=de_DE.UTF-8), Settings following the system', () => {
  let run: MainRun;
  beforeAll(async () => {
    run = await runMain({ standInDir, appRoot, scenario: 'language', env: { LANG: 'de_DE.UTF-8' } });
  });

  it('starts and quits cleanly', () => {
    expect(run.report?.['scenarioError']).toBeUndefined();
    expect(run.report?.['violations']).toEqual([]);
    expect(run.timedOut).toBe(false);
  });

  it('labels the tray, its tooltip and the application menu in German', () => {
    const words = run.report?.['atStart'] as Words;
    expect(words.trayTooltip).toMatch(/^Limber – (Dehnpause|Haltungscheck) um \d{1,2}:\d{2}$/);
    expect(labels(words.trayMenu).slice(1)).toEqual(
      expect.arrayContaining([
        'Ich habe mich schon bewegt',
        'Dehnübungen jetzt starten',
        'Pausieren',
        'Erinnerungen fortsetzen',
        'Limber öffnen',
        'Einstellungen…',
        'Limber beenden',
      ]),
    );
    const pause = words.trayMenu.find((item) => item.label === 'Pausieren');
    expect(labels(pause?.submenu ?? [])).toEqual(['Für 30 Minuten', 'Für 1 Stunde', 'Bis morgen früh']);
    expect(labels(words.applicationMenu)).toEqual(['&Datei', '&Ansicht', '&Fenster']);
    expect(words.applicationMenu[0]?.submenu).toEqual([
      { role: 'quit', label: 'Limber beenden', accelerator: 'CommandOrControl+Q' },
    ]);
  });

  it('opens the window on the German page, with the region for units and clock', () => {
    const words = run.report?.['atStart'] as Words;
    expect(words.loaded).toEqual([['app://limber/index.html?locale=de&region=DE']]);
  });

  it('a change to French in Settings rebuilds tray and menu in French and reloads the window in French', () => {
    const words = run.report?.['afterChange'] as Words;
    expect(words.trayTooltip).toMatch(/^Limber — (Pause étirements|Contrôle de posture) à /);
    expect(labels(words.trayMenu)).toContain('Quitter Limber');
    expect(labels(words.applicationMenu)).toEqual(['&Fichier', '&Affichage', 'F&enêtre']);
    expect(words.loaded).toEqual([
      ['app://limber/index.html?locale=de&region=DE', 'app://limber/index.html?locale=fr&region=DE'],
    ]);
  });
});

describe('the command line follows the same language', () => {
  it('--help on a Spanish desktop is Spanish', async () => {
    const run = await runMain({
      standInDir,
      appRoot,
      scenario: 'exits',
      args: ['--help'],
      env: { LANG: 'es_ES.UTF-8' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Uso: limber \[opción\]/);
    expect(run.stdout).toContain('--pause 30m|1h|tomorrow   pausar los recordatorios');
  });

  it("a bad option on a German desktop is refused in German; LANGUAGE's first choice wins over LANG", async () => {
    const german = await runMain({
      standInDir,
      appRoot,
      scenario: 'exits',
      args: ['--pause', 'forever'],
      env: { LANG: 'de_DE.UTF-8' },
    });
    expect(german.code).toBe(2);
    expect(german.stderr).toContain('--pause braucht einen dieser Werte: 30m, 1h, tomorrow. Siehe limber --help.');
    const french = await runMain({
      standInDir,
      appRoot,
      scenario: 'exits',
      args: ['--bogus'],
      env: { LANGUAGE: 'fr_CA:de', LANG: 'de_DE.UTF-8' },
    });
    expect(french.stderr).toContain('Option inconnue « --bogus ». Essayez limber --help.');
  });
});
