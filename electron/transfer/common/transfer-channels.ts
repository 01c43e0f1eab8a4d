import { z } from 'zod';
import { channel, perHour, perMinute } from '../../base/common/define-channel';
import type { ImportPreview } from './transfer';

// Export and import of everything Limber keeps (settings, history, and the person's own exercises,
// routines and pictures). The channel names keep their
// history: prefix, which the window's API has always used.
export const transferChannels = {
  /** Saves an export where the user chooses; null when they cancel. */
  'history:export': channel<string | null>()('exportData', z.tuple([z.enum(['json', 'csv'])]), perMinute(6)),
  /**
   * Import, step 1: main shows its own open dialog, reads the chosen file itself and checks it
   * completely; nothing changes until apply. The page sends no arguments: no file text crosses IPC.
   * Main reads a regular file only (no symbolic link, FIFO, device or folder) of at most
   * MAX_IMPORT_BYTES (20 MiB) of UTF-8, counted as it reads (transfer/node/read-import.ts); no piece
   * of it (a record, the settings) over MAX_PIECE_CHARS (64 KiB), at most MAX_IMPORT_RECORDS
   * (500,000) records (common/export-pieces.ts). null: the person cancelled the dialog.
   */
  'history:preview-import': channel<{ ok: true; token: string; preview: ImportPreview } | { ok: false; errors: string[] } | null>()(
    'previewImport',
    z.tuple([]),
    perMinute(10),
  ),
  /** At most 10 an hour: each may add up to MAX_IMPORT_BYTES of history. */
  'history:apply-import': channel<{ settingsChanged: number; recordsAdded: number; ownAdded: number }>()(
    'applyImport',
    z.tuple([z.uuid()]),
    perHour(10),
  ),
} as const;
