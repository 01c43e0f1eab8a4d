// Picks the notification adapter for a platform. Plain Node: no `electron` import, so every path
// here runs (and is tested) without Electron's binary.
//
// Which path on which platform, and why:
// - macOS: Electron's own Notification (electron-notification.ts) when main passes its class in:
//   the app's name and icon, action buttons, and no x86-64-only helper. node-notifier's
//   terminal-notifier otherwise (plain Node, tests).
// - Windows: Electron's own Notification too when main passes its class in: buttons, no timeout
//   (`timeoutType: 'never'`), answers from the Action Center through handleActivation. node-notifier's
//   SnoreToast otherwise (plain Node, tests): its toasts hide after ~5 s and are never withdrawn.
// - Linux and the BSDs: `notify-send` (libnotify ≥ 0.7.10) called directly. node-notifier's Linux
//   backend passes no actions, and Electron's libnotify `Notification` reports clicks but not
//   action buttons on Linux; notify-send --action/--wait gives both. Older notify-send falls back to
//   node-notifier (no buttons; the app then offers its own reminder window).
import { unavailableNotifier, type Notifier } from '../../ports/notifier';
import { ElectronNotificationNotifier, type NativeNotificationClass } from './electron-notification';
import { NodeNotifierNotifier } from './node-notifier';
import type { NotifierOptions } from './notification-text';
import { NotifySendNotifier } from './notify-send';

export function chooseNotifier(
  platform: NodeJS.Platform,
  options: NotifierOptions & { electronNotification?: NativeNotificationClass; onStrayActivation?: () => void } = {},
): Notifier {
  const electron = (Notification: NativeNotificationClass) =>
    new ElectronNotificationNotifier({
      Notification,
      ...(options.icon ? { icon: options.icon } : {}),
      ...(options.onStrayActivation ? { onStrayActivation: options.onStrayActivation } : {}),
    });
  switch (platform) {
    case 'darwin':
      return options.electronNotification ? electron(options.electronNotification) : new NodeNotifierNotifier({ ...options, backend: 'notification-center' });
    case 'win32':
      return options.electronNotification ? electron(options.electronNotification) : new NodeNotifierNotifier({ ...options, backend: 'windows-toaster' });
    case 'linux':
    case 'freebsd':
    case 'openbsd':
    case 'netbsd':
      return new NotifySendNotifier({
        ...options,
        fallback: new NodeNotifierNotifier({ ...options, backend: 'notify-send' }),
      });
    default:
      return unavailableNotifier(`no notification backend for platform "${platform}"`);
  }
}
