import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../electron/app/create-services';
import { testServiceOptions } from '../../../support/fake-desk';
import { FULL_CAPABILITIES } from '../../../../electron/base/common/platform-capabilities';

let services: Services | null = null;
const start = async () => {
  services = await createServices(await testServiceOptions());
  return services;
};
afterEach(() => services?.dispose());

describe('IPC router', () => {
  it('answers a valid call with its value', async () => {
    const { dispatch } = await start();
    expect(await dispatch('app:get-info', [])).toEqual({ ok: true, value: { name: 'Limber', version: '1.0.0', platform: 'linux', capabilities: FULL_CAPABILITIES } });
  });

  it.each([
    ['an unknown channel', 'app:format-disk', [], 'unknown-channel'],
    ['a prototype key as channel', '__proto__', [], 'unknown-channel'],
    ['a non-string channel', 42, [], 'unknown-channel'],
    ['arguments that are not a list', 'settings:get', { length: 0 }, 'invalid-arguments'],
    ['extra arguments', 'settings:get', [1], 'invalid-arguments'],
    ['a wrong type', 'settings:update', [{ stretchIntervalMin: '45' }], 'invalid-arguments'],
    ['an unknown settings key', 'settings:update', [{ nodeIntegration: true }], 'invalid-arguments'],
    ['a non-https link', 'app:open-external', ['http://www.nhs.uk/'], 'invalid-arguments'],
    ['an argument to presence:status', 'presence:status', ['microphone'], 'invalid-arguments'],
  ])('rejects %s with a typed error', async (_label, channel, args, code) => {
    const { dispatch } = await start();
    const result = await dispatch(channel, args);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('reports each invalid field with its path and a plain message', async () => {
    const { dispatch } = await start();
    const result = await dispatch('settings:update', [{ stretchIntervalMin: 0, breakLengthMin: 'ten' }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => i.path).sort()).toEqual(['0.breakLengthMin', '0.stretchIntervalMin']);
    expect(result.error.issues.find((i) => i.path === '0.stretchIntervalMin')?.message).toBe(
      'Stretch break interval must be at least 10 minutes.',
    );
  });

  it('refuses to open a link that is not on the vetted list, without failing', async () => {
    const { dispatch } = await start();
    expect(await dispatch('app:open-external', ['https://evil.example/'])).toEqual({ ok: true, value: false });
  });
});
