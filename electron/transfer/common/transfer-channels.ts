import { z } from 'zod';
import { channel, perHour, perMinute } from '../../base/common/define-channel';
import { MAX_IMPORT_BYTES, type ImportPreview } from './transfer';

// Export and import of everything Limber keeps (settings and history). The channel names keep their
// history: prefix, which the window's API has always used.
export const transferChannels = {
  /** Saves an export where the user chooses; null when they cancel. */
  'history:export': channel<string | null>()('exportData', z.tuple([z.enum(['json', 'csv'])]), perMinute(6)),
  /**
   * Checks an import completely; nothing changes until apply. The text is at most MAX_IMPORT_BYTES
   * counted in UTF-8 (what the file holds), not in UTF-16 units (3 bytes of UTF-8 can be 1 unit):
   * the length check is a cheap first gate, the byte count the rule (transfer.ts says it in words).
   */
  'history:preview-import': channel<{ ok: true; token: string; preview: ImportPreview } | { ok: false; errors: string[] }>()(
    'previewImport',
    z.tuple([z.string().max(MAX_IMPORT_BYTES)]),
    perMinute(10),
  ),
  /** At most 10 an hour: each may add up to MAX_IMPORT_BYTES of history. */
  'history:apply-import': channel<{ settingsChanged: number; recordsAdded: number }>()(
    'applyImport',
    z.tuple([z.uuid()]),
    perHour(10),
  ),
} as const;
