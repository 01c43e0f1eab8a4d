import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the test's save dialog says the file went. */
export const SAVED_PATH = '/saved/here.json';

/**
 * Main's open and save dialogs as a test answers them (createServices' chooseImportFile,
 * chooseShareFile and saveFile): the file chosen next, and the text last saved.
 */
export class FileDialogs {
  chosen: string | null = null;
  saved = '';
  readonly options = {
    chooseImportFile: () => Promise.resolve(this.chosen),
    chooseShareFile: () => Promise.resolve(this.chosen),
    saveFile: async (_name: string, content: AsyncIterable<string>) => {
      this.saved = '';
      for await (const chunk of content) this.saved += chunk;
      return SAVED_PATH;
    },
  };

  /** A fresh folder's `name`, which the next open dialog chooses (the test writes it, or not). */
  async choosePath(name: string): Promise<string> {
    this.chosen = join(await mkdtemp(join(tmpdir(), 'limber-choose-')), name);
    return this.chosen;
  }

  /** Writes `text` to a fresh file, which the next open dialog chooses. */
  async choose(text: string | Buffer, name = 'chosen.json'): Promise<void> {
    await writeFile(await this.choosePath(name), text);
  }
}
