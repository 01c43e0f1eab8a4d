import { z } from 'zod';
import { channel } from '../../base/common/define-channel';
import { MAX_IMPORT_BYTES, type ImportPreview } from './transfer';

// Export and import of everything Limber keeps (settings and history). The channel names keep their
// history: prefix, which the window's API has always used.
export const transferChannels = {
  /** Saves an export where the user chooses; null when they cancel. */
  'history:export': channel<string | null>()('exportData', z.tuple([z.enum(['json', 'csv'])])),
  /** Checks an import completely; nothing changes until apply. */
  'history:preview-import': channel<{ ok: true; token: string; preview: ImportPreview } | { ok: false; errors: string[] }>()(
    'previewImport',
    z.tuple([z.string().max(MAX_IMPORT_BYTES)]),
  ),
  'history:apply-import': channel<{ settingsChanged: number; recordsAdded: number }>()('applyImport', z.tuple([z.uuid()])),
} as const;
