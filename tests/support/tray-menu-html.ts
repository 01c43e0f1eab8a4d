import type { MenuItemConstructorOptions } from 'electron';

/**
 * The tray is a native menu (electron/main/tray.ts builds its template), which no screenshot of a
 * window can show and Xvfb has no tray host to open. This draws that very template — its labels,
 * which items are greyed out, its submenu and checkbox — as a plain menu, so the screenshots show
 * what the tray says. It is a rendering of the template, not a capture of the desktop's own menu.
 */
export function trayMenuHtml(template: MenuItemConstructorOptions[], tooltip: string, theme: 'light' | 'dark'): string {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rows = template
    .map((item) => {
      if (item.type === 'separator') return '<li class="sep" role="separator"></li>';
      const mark = item.type === 'checkbox' ? `<span class="mark">${item.checked ? '✓' : ''}</span>` : '<span class="mark"></span>';
      const more = item.submenu ? '<span class="more">▸</span>' : '';
      return `<li class="${item.enabled === false ? 'off' : ''}">${mark}${esc(item.label ?? '')}${more}</li>`;
    })
    .join('');
  const [bg, fg, off, line] = theme === 'dark' ? ['#2b2b2b', '#eee', '#8a8a8a', '#444'] : ['#fff', '#222', '#999', '#ddd'];
  return `<!doctype html><html lang="en"><head><title>Limber tray menu</title><style>
    body { margin: 0; font: 14px system-ui, sans-serif; background: ${theme === 'dark' ? '#1a1a1a' : '#e9e9e9'}; }
    .panel { height: 28px; background: ${theme === 'dark' ? '#000' : '#333'}; color: #fff; display: flex; justify-content: flex-end; align-items: center; padding: 0 12px; font-size: 12px; }
    ul { position: absolute; right: 8px; top: 30px; margin: 0; padding: 4px 0; list-style: none; background: ${bg}; color: ${fg}; border: 1px solid ${line}; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.3); min-width: 260px; max-width: calc(100vw - 16px); }
    li { padding: 5px 16px 5px 8px; display: flex; gap: 6px; white-space: nowrap; }
    li.off { color: ${off}; }
    li.sep { height: 1px; background: ${line}; margin: 4px 0; padding: 0; }
    .mark { width: 14px; display: inline-block; }
    .more { margin-left: auto; padding-left: 16px; }
    .tip { position: absolute; right: 8px; bottom: 8px; background: ${bg}; color: ${fg}; border: 1px solid ${line}; padding: 3px 8px; border-radius: 4px; font-size: 12px; }
  </style></head><body><div class="panel">Limber ▾</div><ul role="menu" aria-label="Limber tray menu">${rows}</ul><div class="tip">Tooltip: ${esc(tooltip)}</div></body></html>`;
}
