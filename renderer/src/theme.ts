import type { Theme } from '@electron/settings/common/schema';

/** `system` follows the OS: styles/tokens.css then leaves color-scheme at `light dark`. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}
