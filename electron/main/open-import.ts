import { app, dialog } from 'electron';
import { t } from '../i18n/common/translate';

let open: Promise<string | null> | null = null;

/**
 * Asks which Limber export to import, in main's own dialog (the page never sends file text: main
 * reads the chosen file itself, bounded, in transfer/node/read-import.ts). One dialog at a time: a
 * second call while one is open gets the same answer instead of another dialog. The path, or null
 * when the person cancelled.
 */
export function chooseImportFile(): Promise<string | null> {
  open ??= dialog
    .showOpenDialog({
      title: t('history.transfer.chooseTitle'),
      defaultPath: app.getPath('documents'),
      properties: ['openFile'],
      filters: [{ name: t('history.transfer.fileFilter'), extensions: ['json'] }],
    })
    .then(({ canceled, filePaths }) => (canceled ? null : (filePaths[0] ?? null)))
    .finally(() => {
      open = null;
    });
  return open;
}
