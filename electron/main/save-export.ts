import { app, dialog } from 'electron';
import { join } from 'node:path';
import { writeChunksAtomic } from '../base/node/fs-safe';

/**
 * Asks where to save an export and writes it there: whole or not at all (a temp file renamed into
 * place), private to the person (0600: it is health data), and never through a link already at
 * that name (the rename replaces the link itself), written chunk by chunk as the history streams in.
 * The path, or null when the person cancelled.
 */
export async function saveExport(suggestedName: string, content: AsyncIterable<string>): Promise<string | null> {
  const { canceled, filePath } = await dialog.showSaveDialog({ defaultPath: join(app.getPath('documents'), suggestedName) });
  if (canceled || !filePath) return null;
  await writeChunksAtomic(filePath, content);
  return filePath;
}
