import { nativeTheme } from 'electron';

/**
 * The page's own background (renderer/src/styles/tokens.css, --bg), painted by the window before
 * the page has drawn, so a dark desktop never sees a white flash.
 */
export const PAGE_BACKGROUND = { light: '#f6f4ef', dark: '#15191d' } as const;

export function windowBackground(): string {
  return nativeTheme.shouldUseDarkColors ? PAGE_BACKGROUND.dark : PAGE_BACKGROUND.light;
}
