import { app, dialog } from 'electron';
import { t } from '../i18n/common/translate';

let open: Promise<string | null> | null = null;

/**
 * Asks which picture an own exercise shows, in main's own dialog: the page never names a path, and
 * main reads the chosen file itself, bounded (routines/node/image-handlers.ts), and forgets the path.
 * The filter only helps the person find pictures; main judges the bytes, never the name. One dialog
 * at a time, as open-import.ts. The path, or null when the person cancelled.
 */
export function chooseImageFile(): Promise<string | null> {
  open ??= dialog
    .showOpenDialog({
      title: t('routines.image.chooseTitle'),
      defaultPath: app.getPath('pictures'),
      properties: ['openFile'],
      filters: [{ name: t('routines.image.fileFilter'), extensions: ['png', 'jpg', 'jpeg', 'webp'] }],
    })
    .then(({ canceled, filePaths }) => (canceled ? null : (filePaths[0] ?? null)))
    .finally(() => {
      open = null;
    });
  return open;
}
