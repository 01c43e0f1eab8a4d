import { describe, expect, it } from 'vitest';
import { NotifySendNotifier } from '../../../../electron/notifications/adapters/notify-send';

describe('notify-send arguments', () => {
  it("name Limber's desktop file, so GNOME and KDE file its notifications under its own settings", () => {
    const args = new NotifySendNotifier({ command: '/nonexistent/notify-send' }).buildArgs({ id: 'stretch-1', title: 'Time to stand', body: 'Two minutes.' });
    expect(args).toContain('--hint=string:desktop-entry:app.limber.desktop');
    // The text comes last, after `--`, so a title can never be read as an option.
    expect(args.slice(-3)).toEqual(['--', 'Time to stand', 'Two minutes.']);
  });

  it('shows markup in the body as the text typed (an own routine named "<b>Physio</b> & co"), never as markup', () => {
    const args = new NotifySendNotifier({ command: '/nonexistent/notify-send' }).buildArgs({ id: 'stretch-2', title: 'Time', body: 'Time for <b>Physio</b> & <a href="x">co</a>' });
    expect(args.at(-1)).toBe('Time for &lt;b&gt;Physio&lt;/b&gt; &amp; &lt;a href="x"&gt;co&lt;/a&gt;');
  });
});
