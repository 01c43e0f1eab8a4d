import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../ipc/node/router';
import type { History } from '../../history/node/history-store';
import { localDayKey } from '../../history/common/stats';
import { checkSettingsPatch } from '../../settings/common/rules';
import type { SettingsService } from '../../settings/node/settings-store';
import { exportCsvChunks } from '../common/csv';
import { exportJsonChunks } from '../common/export-json';
import { MAX_IMPORT_FILE_BYTES, previewImport, type ImportResult } from '../common/transfer';
import type { RoutinesStore } from '../../routines/node/routines-store';
import type { ImageStore } from '../../routines/node/image-store';
import { readImportFile } from './read-import';
import { followIds } from '../common/own-import';
import { applyOwnImport, ownExport } from './own-transfer';

export type TransferHandlers = Pick<Handlers, 'history:export' | 'history:preview-import' | 'history:apply-import'>;

export interface TransferServiceOptions {
  history: History;
  settings: SettingsService;
  now: () => Date;
  /** Ask where to save and write the chunks there; the path, or null if the user cancelled. */
  saveFile: (suggestedName: string, content: AsyncIterable<string>) => Promise<string | null>;
  /** Ask which file to import (main's own dialog); its path, or null if the user cancelled. */
  chooseImportFile: () => Promise<string | null>;
  /** The person's own exercises, routines and pictures (issue 24): exported and imported with the rest. */
  own?: { store: RoutinesStore; images: ImageStore; freshId: () => string };
}

/** Export everything to a file the user picks; import a file in two steps (preview, then apply). */
export function createTransferHandlers({ history, settings, now, saveFile, chooseImportFile, own }: TransferServiceOptions): TransferHandlers {
  // Previewed imports wait here (one at a time) until the user confirms.
  let pending: { token: string; apply: Extract<ImportResult, { ok: true }>['apply'] } | null = null;

  return {
    'history:export': async (format) => {
      const stamp = localDayKey(now());
      return format === 'json'
        ? saveFile(`limber-${stamp}.json`, exportJsonChunks(settings.get(), history.records(), now(), own ? await ownExport(own.store.get(), own.images) : undefined))
        : saveFile(`limber-history-${stamp}.csv`, exportCsvChunks(history.records()));
    },
    'history:preview-import': async () => {
      // Main asks for the file and reads it; the page sends nothing (no text crosses IPC).
      const filePath = await chooseImportFile();
      if (filePath === null) return null;
      const file = await readImportFile(filePath, MAX_IMPORT_FILE_BYTES);
      const result = file.ok
        ? await previewImport(file.text, settings.get(), (ids) => history.existingIds(ids), now(), file.bytes, own?.store.get())
        : { ok: false as const, errors: [file.error] };
      if (!result.ok) {
        pending = null;
        return result;
      }
      pending = { token: randomUUID(), apply: result.apply };
      return { ok: true, token: pending.token, preview: result.preview };
    },
    'history:apply-import': async (token) => {
      const none = { settingsChanged: 0, recordsAdded: 0, ownAdded: 0 };
      if (!pending || pending.token !== token) return none;
      const { settings: filePatch, records, own: ownFile } = pending.apply;
      pending = null;
      // The own library first, merged into what is stored now (all-or-nothing, as every change of
      // it); settings that name its routines follow them to their stored ids.
      const merged = ownFile && own ? await applyOwnImport(own, ownFile) : null;
      if (ownFile && !merged) return none;
      const patch = merged ? followIds(filePatch, merged.ids) : filePatch;
      // Settings may have changed since the preview: check again before writing more.
      if (checkSettingsPatch(patch, settings.get()).length > 0) return { ...none, ownAdded: merged?.added ?? 0 };
      // Records next: their write is all-or-nothing, so a failure here changed nothing more.
      const recordsAdded = await history.importRecords(records);
      const changed = Object.keys(patch).length;
      const done = { settingsChanged: 0, recordsAdded, ownAdded: merged?.added ?? 0 };
      if (changed === 0) return done;
      try {
        return { ...done, settingsChanged: settings.update(patch).ok ? changed : 0 };
      } catch {
        // The records are in; say exactly that rather than "nothing was changed".
        return done;
      }
    },
  };
}
