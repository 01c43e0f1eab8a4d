// A German reminder on a real Linux desktop: the break service (the same one main runs, on a fake
// clock) words the due stretch break with the German catalogue active, the presenter posts it
// through notify-send to dunst on a private D-Bus session bus, and dbus-monitor shows what reached
// the notification server: title, body and every button in German, units included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../electron/i18n/common/generated/de.js';
import en from '../../electron/i18n/common/generated/en.js';
import { activateCatalog } from '../../electron/i18n/common/translate';
import { createBreakService } from '../../electron/breaks/node/break-service';
import { ReminderPresenter } from '../../electron/breaks/node/reminder-presenter';
import { NotifySendNotifier } from '../../electron/notifications/adapters/notify-send';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/settings/common/schema';
import type { SettingsService } from '../../electron/settings/node/settings-store';
import { NOTHING_APPLIES } from '../support/safety-answers';
import {
  ProcessGroup,
  parseNotifyCalls,
  requireBinaries,
  startDesktop,
  waitFor,
  type Desktop,
} from './desktop-session';

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let desktop: Desktop;

describe.runIf(process.platform === 'linux')(
  'a German reminder on a real Linux desktop (private D-Bus + dunst)',
  () => {
    beforeAll(async () => {
      requireBinaries();
      desktop = await startDesktop(group);
      activateCatalog('de', de, 'DE');
    });

    afterAll(async () => {
      activateCatalog('en', en);
      await group.stopAll();
    });

    it('arrives in German: title, body with German units, and every button', async () => {
      const settings: Settings = {
        ...DEFAULT_SETTINGS,
        locale: 'de',
        postureChecksEnabled: false,
        headsUpSec: 0,
        screening: { ...NOTHING_APPLIES, worseWith: [] },
      };
      // Only what the break service reads of the settings service.
      const settingsService = { get: () => settings, onChange: () => () => {} } as unknown as SettingsService;
      const notifier = new NotifySendNotifier({ env: desktop.env });
      expect(await notifier.detect()).toMatchObject({ kind: 'actions' });
      const clock = { wall: Date.UTC(2026, 0, 12, 8, 0, 0), mono: 0 };
      const presenter = new ReminderPresenter({
        notifier,
        window: { show: () => {}, hide: () => {} },
        alwaysShowWindow: () => false,
        onResponse: () => {},
      });
      const breaks = createBreakService({
        settings: settingsService,
        presenter,
        clock: { now: () => clock.wall, monotonic: () => clock.mono },
        timers: { set: () => 0, clear: () => {} },
        idle: { idleSeconds: () => 0 },
        onStatus: () => {},
        openSession: () => {},
      });
      try {
        clock.wall += settings.stretchIntervalMin * 60_000; // a working stretch of desk work later…
        clock.mono += settings.stretchIntervalMin * 60_000;
        breaks.refresh(); // …the scheduler wakes and the break is due
        expect(breaks.status().showing).toBe('stretch');

        const call = await waitFor('the German reminder on the bus', () =>
          parseNotifyCalls(desktop.monitor.output()).find((c) => c.summary.startsWith('Du sitzt schon seit')),
        );
        expect(call.appName).toBe('Limber');
        expect(call.summary).toBe(`Du sitzt schon seit ${settings.stretchIntervalMin} Minuten`);
        expect(call.body).toMatch(/^Zeit für: .+ – \d+ (Min\.|Sek\.), .+\. Fang an, wenn du so weit bist\./);
        expect(call.actions).toEqual([
          'default',
          'Limber öffnen',
          'start',
          'Dehnen starten',
          'snooze',
          `${settings.snoozeMin} Min. später`,
          'skip',
          'Aussetzen',
          'moved',
          'Ich habe mich schon bewegt',
        ]);
      } finally {
        breaks.dispose();
        notifier.dispose();
      }
    });
  },
);
