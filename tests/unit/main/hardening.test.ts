// What a compromised page can ask of the session (issue 26): device pickers (HID, USB, serial,
// Bluetooth) choose nothing, device permissions and screen capture are refused; and a link is
// opened only in the exact normalised form that was checked, never a backslash variant.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const handlers: Record<string, (...args: never[]) => unknown> = {};
const sessionEvents = new EventEmitter();
const app = new EventEmitter();
const opened: string[] = [];
vi.mock('electron', () => ({
  app,
  Menu: {},
  shell: { openExternal: (url: string) => (opened.push(url), Promise.resolve()) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: never) => (handlers['permission'] = h),
      setPermissionCheckHandler: (h: never) => (handlers['check'] = h),
      setDevicePermissionHandler: (h: never) => (handlers['device'] = h),
      setDisplayMediaRequestHandler: (h: never) => (handlers['display'] = h),
      setBluetoothPairingHandler: (h: never) => (handlers['pairing'] = h),
      on: (name: string, listener: (...args: unknown[]) => void) => sessionEvents.on(name, listener),
    },
  },
}));

const { denyAllPermissions, hardenAllWebContents, openVettedExternal } = await import('../../../electron/main/hardening');
const { createAppHandlers } = await import('../../../electron/shell/node/app-handlers');
const { NoticeBoard } = await import('../../../electron/shell/node/notices');

const event = () => ({ preventDefault: vi.fn() });

beforeEach(() => {
  opened.length = 0;
});

describe('device pickers and screen capture', () => {
  it('refuses device permissions, screen capture and pairing', () => {
    denyAllPermissions();
    const device = handlers['device'] as unknown as () => boolean;
    expect(device()).toBe(false);
    const display = vi.fn();
    (handlers['display'] as unknown as (r: unknown, cb: (s: unknown) => void) => void)({}, display);
    expect(display).toHaveBeenCalledWith(null);
    const pairing = vi.fn();
    (handlers['pairing'] as unknown as (d: unknown, cb: (r: unknown) => void) => void)({}, pairing);
    expect(pairing).toHaveBeenCalledWith({ confirmed: false });
  });

  it.each([
    ['select-hid-device', [{ deviceList: [{ deviceId: 'headset' }] }], null],
    ['select-usb-device', [{ deviceList: [{ deviceId: 'stick' }] }], undefined],
    ['select-serial-port', [[{ portId: 'ttyUSB0' }], {}], ''],
  ])('%s: the picker chooses nothing', (name, args, chosen) => {
    const e = event();
    const callback = vi.fn();
    sessionEvents.emit(name, e, ...args, callback);
    expect(e.preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls[0]).toEqual(chosen === undefined ? [] : [chosen]);
  });

  it('select-bluetooth-device on any web contents: nothing is chosen', () => {
    hardenAllWebContents();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    app.emit('web-contents-created', {}, contents);
    const e = event();
    const callback = vi.fn();
    contents.emit('select-bluetooth-device', e, [{ deviceId: 'earbuds' }], callback);
    expect(e.preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledWith('');
  });
});

describe('app:open-external', () => {
  const open = (url: string) => {
    const handlers = createAppHandlers({
      appInfo: { name: 'Limber', version: '1', platform: 'linux', capabilities: {} as never },
      notices: new NoticeBoard(),
      openExternal: (href) => void opened.push(href),
    });
    return handlers['app:open-external'](url);
  };

  it.each(['https:\\\\www.nhs.uk\\conditions\\sciatica\\', 'https://www.nhs.uk\\@evil.example/', 'https://www.nhs.uk/\tconditions/', 'https://www.nhs.uk/\u0000'])(
    'refuses %j and opens nothing',
    async (url) => {
      expect(await open(url)).toBe(false);
      expect(await openVettedExternal(url)).toBe(false);
      expect(opened).toEqual([]);
    },
  );

  it('opens the normalised form that was checked, not the string as sent', async () => {
    expect(await open('https://WWW.NHS.UK/conditions/sciatica/')).toBe(true);
    expect(opened).toEqual(['https://www.nhs.uk/conditions/sciatica/']);
  });
});
