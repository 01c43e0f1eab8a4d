import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../electron/app/create-services';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import { testServiceOptions } from '../../../support/fake-desk';

let services: Services | null = null;
afterEach(() => services?.dispose());

describe('settings:update for the meeting-app list', () => {
  it('saves names trimmed, and refuses a duplicate in any case with a plain message, saving nothing', async () => {
    services = await createServices(await testServiceOptions());
    const update = (meetingApps: string[]) => services!.dispatch('settings:update', [{ presence: { ...DEFAULT_PRESENCE_SWITCHES, meetingApps } }]);
    expect(await update([' zoom '])).toMatchObject({ ok: true, value: { presence: { meetingApps: ['zoom'] } } });
    expect(await update(['zoom', 'ZOOM'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', message: 'ZOOM is already in the list.', issues: [{ path: '0.presence.meetingApps' }] },
    });
    expect(services.settings.get().presence.meetingApps).toEqual(['zoom']);
  });
});
