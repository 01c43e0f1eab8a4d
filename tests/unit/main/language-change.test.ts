import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../electron/i18n/common/generated/en.js';
import { activateCatalog, activeLocale, t } from '../../../electron/i18n/common/translate';

// The system's languages, as Electron would report them: a German desktop.
let systemLanguages = ['de-DE'];
vi.mock('electron', () => ({ app: { getPreferredSystemLanguages: () => systemLanguages } }));
const { followLanguage } = await import('../../../electron/main/language-change');
const { languageFor, pageUrl, switchLanguage, currentLanguage } = await import('../../../electron/main/language');

afterEach(async () => {
  systemLanguages = ['de-DE'];
  await switchLanguage('en');
  activateCatalog('en', en);
});

function follower(initial: string) {
  let choice = initial;
  let inSession = false;
  const calls: string[] = [];
  const language = followLanguage({
    choice: () => choice,
    rebuild: () => calls.push(`rebuild ${t('main.tray.quit')}`),
    reloadReminderWindow: () => calls.push(`reminder ${pageUrl('#reminder')}`),
    reloadMainWindow: (afterSession) => calls.push(`main ${pageUrl()}${afterSession ? ' after the session' : ''}`),
    sessionRunning: () => inSession,
    log: (message, error) => calls.push(`log ${message} ${String(error)}`),
  });
  return {
    calls,
    change: async (next: string) => {
      choice = next;
      language.settingsChanged();
      await language.settled();
    },
    session: (running: boolean) => {
      inSession = running;
      language.statusChanged();
    },
  };
}

describe('the language main speaks', () => {
  it("is Settings' choice, else the system's first that Limber has, else English; the region comes from the system", () => {
    expect(languageFor('fr', ['de-AT'])).toEqual({ locale: 'fr', region: 'AT' });
    expect(languageFor('system', ['ja-JP', 'es_MX.UTF-8'])).toEqual({ locale: 'es', region: 'JP' });
    expect(languageFor('system', [])).toEqual({ locale: 'en', region: undefined });
  });

  it('puts locale and region in the page address, before the hash', () => {
    expect(pageUrl('#reminder', { locale: 'de', region: 'AT' })).toBe(
      'app://limber/index.html?locale=de&region=AT#reminder',
    );
    expect(pageUrl('', { locale: 'en', region: undefined })).toBe('app://limber/index.html?locale=en');
  });
});

describe('a change of language in Settings', () => {
  it('rebuilds menus and tray in the new words and reloads both windows at the new address', async () => {
    await switchLanguage('en');
    const f = follower('en');
    await f.change('de');
    expect(activeLocale()).toBe('de');
    expect(f.calls).toEqual([
      'rebuild Limber beenden',
      'reminder app://limber/index.html?locale=de&region=DE#reminder',
      'main app://limber/index.html?locale=de&region=DE',
    ]);
  });

  it('waits for a running session to end before reloading the main window; the reminder window goes at once', async () => {
    await switchLanguage('en');
    const f = follower('en');
    f.session(true);
    await f.change('fr');
    expect(f.calls).toEqual([
      'rebuild Quitter Limber',
      'reminder app://limber/index.html?locale=fr&region=DE#reminder',
    ]);
    f.session(true); // a status while the session still runs changes nothing
    expect(f.calls).toHaveLength(2);
    f.session(false);
    expect(f.calls.at(-1)).toBe('main app://limber/index.html?locale=fr&region=DE after the session');
    f.session(false); // and only once
    expect(f.calls).toHaveLength(3);
  });

  it('does nothing when the choice resolves to the language already spoken (system → de on a German desktop)', async () => {
    await switchLanguage('system');
    expect(currentLanguage()).toEqual({ locale: 'de', region: 'DE' });
    const f = follower('system');
    await f.change('de');
    expect(f.calls).toEqual([]);
  });
});
