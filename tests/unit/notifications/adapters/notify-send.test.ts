import { describe, expect, it } from 'vitest';
import { NotifySendNotifier } from '../../../../electron/notifications/adapters/notify-send';

describe('notify-send arguments', () => {
  it("name Limber's desktop file, so GNOME and KDE file its notifications under its own settings", () => {
    const args = new NotifySendNotifier({ command: '/nonexistent/notify-send' }).buildArgs({ id: 'stretch-1', title: 'Time to stand', body: 'Two minutes.' });
    expect(args).toContain('--hint=string:desktop-entry:app.limber.desktop');
    // The text comes last, after `--`, so a title can never be read as an option.
    expect(args.slice(-3)).toEqual(['--', 'Time to stand', 'Two minutes.']);
  });
});
