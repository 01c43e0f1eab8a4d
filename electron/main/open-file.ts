import { app, dialog } from 'electron';
import { t } from '../i18n/common/translate';
import type { MessageKey } from '../i18n/common/generated/keys';

/** What one of main's open dialogs asks for: its title, where it starts, and the files it lists. */
interface FileQuestion {
  title: MessageKey;
  folder: 'documents' | 'pictures';
  filter: MessageKey;
  extensions: string[];
}

/**
 * A chooser for one kind of file, in main's own dialog: the page never names a path, and main reads
 * the chosen file itself, bounded, where it is used. The filter only helps the person find the file;
 * main judges the bytes, never the name. One dialog at a time per kind: a second call while one is
 * open gets the same answer instead of another dialog. The path, or null when the person cancelled.
 * Words are read when the dialog opens, so they follow a language changed since start-up.
 */
function fileChooser(question: FileQuestion): () => Promise<string | null> {
  let open: Promise<string | null> | null = null;
  return () => {
    open ??= dialog
      .showOpenDialog({
        title: t(question.title),
        defaultPath: app.getPath(question.folder),
        properties: ['openFile'],
        filters: [{ name: t(question.filter), extensions: question.extensions }],
      })
      .then(({ canceled, filePaths }) => (canceled ? null : (filePaths[0] ?? null)))
      .finally(() => {
        open = null;
      });
    return open;
  };
}

/** A Limber export of all data (transfer/node/read-import.ts reads it). */
export const chooseImportFile = fileChooser({ title: 'history.transfer.chooseTitle', folder: 'documents', filter: 'history.transfer.fileFilter', extensions: ['json'] });

/** A shared routine (routines/node/read-share-file.ts reads it); exports are named `*.limber-routine.json`. */
export const chooseShareFile = fileChooser({ title: 'routines.share.chooseTitle', folder: 'documents', filter: 'routines.share.fileFilter', extensions: ['json'] });

/** An own exercise's picture (routines/node/image-handlers.ts reads and checks it). */
export const chooseImageFile = fileChooser({ title: 'routines.image.chooseTitle', folder: 'pictures', filter: 'routines.image.fileFilter', extensions: ['png', 'jpg', 'jpeg', 'webp'] });
