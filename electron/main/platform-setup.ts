// What must happen before `ready` for Limber to fit the desktop it runs on. Called once at the top
// of main.ts; returns what the app can promise here (shown in Settings via app:get-info).
import { app } from 'electron';
import type { PlatformCapabilities } from '../base/common/platform-capabilities';
import { DEFAULT_APP_ID } from '../notifications/adapters/notification-text';
import { applyChromiumSwitches } from './chromium-switches';
import { platformCapabilities, type SessionFacts } from './desktop-environment';

/** This process's session, as desktop-environment.ts reads it. */
export function currentSession(): SessionFacts {
  return {
    platform: process.platform,
    env: process.env,
    ozonePlatform: app.commandLine.getSwitchValue('ozone-platform'),
    ozonePlatformHint: app.commandLine.getSwitchValue('ozone-platform-hint'),
  };
}

export function setupPlatform(): PlatformCapabilities {
  const capabilities = platformCapabilities(currentSession());
  applyChromiumSwitches(app.commandLine, process.platform, capabilities.wayland);
  // Toasts and the taskbar group under Limber (electron-builder's appId), not under electron.exe.
  if (process.platform === 'win32') app.setAppUserModelId(DEFAULT_APP_ID);
  return capabilities;
}
