// What each watcher's lines mean. pactl-subscribe.txt and gsettings-monitor.txt were recorded from
// the real tools (pactl 16.1 while parecord started and stopped; gsettings 2.74 on a private dconf
// while show-banners was flipped); gdbus-monitor-notifications.txt follows gdbus 2.74's layout
// (checked against its output for the bus daemon's own signals) but was written by hand: no
// Plasma notification server runs here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBannersMonitorLine, parseNotificationsMonitorLine } from '../../../../electron/presence/adapters/linux-dnd';
import { isRecordingEvent } from '../../../../electron/presence/adapters/pulse-streams';

const lines = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')
    .trimEnd()
    .split('\n');
const ON = [{ via: 'dnd', value: true, reason: 'do not disturb is on' }];
const OFF = [{ via: 'dnd', value: false, reason: null }];

describe('watcher lines', () => {
  it('pactl subscribe: only recording-stream and server events may change who records', () => {
    expect(lines('pactl-subscribe.txt').map(isRecordingEvent)).toEqual([false, false, true, false, false, true, false]);
    expect(isRecordingEvent("Event 'change' on server #4294967295")).toBe(true);
    expect(isRecordingEvent("Event 'change' on source-output-ish #1")).toBe(false);
  });

  it('gsettings monitor: each line carries the new value', () => {
    expect(lines('gsettings-monitor.txt').map(parseBannersMonitorLine)).toEqual([ON, OFF]);
    expect(parseBannersMonitorLine('show-banners: @mb nothing')).toBe('changed'); // unreadable: ask
    expect(parseBannersMonitorLine('show-in-lock-screen: false')).toBeNull();
  });

  it('gdbus monitor: Inhibited from PropertiesChanged; the server coming or going means ask again', () => {
    expect(lines('gdbus-monitor-notifications.txt').map(parseNotificationsMonitorLine)).toEqual([
      null,
      'changed',
      null,
      ON,
      OFF,
      'changed',
    ]);
    const invalidated =
      "/org/freedesktop/Notifications: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.Notifications', @a{sv} {}, ['Inhibited'])";
    expect(parseNotificationsMonitorLine(invalidated)).toBe('changed');
    const other =
      "/org/freedesktop/Notifications: org.freedesktop.DBus.Properties.PropertiesChanged ('org.kde.NotificationManager', {'Inhibited': <true>}, @as [])";
    expect(parseNotificationsMonitorLine(other)).toBeNull();
  });
});
