import { app, BrowserWindow, dialog, shell } from 'electron';
import { join } from 'node:path';
import { writeFileAtomic } from '../base/node/fs-safe';

/**
 * The clinician's summary (issue 22) printed to PDF by Chromium itself: the page is loaded into a
 * hidden window that runs no script and has no preload (the page is plain HTML with its own
 * styles), printed, and the window destroyed. Only then is the person asked where to save it, so
 * a failed print never asks; the file is written like an export: whole or not at all, 0600.
 */
export async function printSummaryToPdf(suggestedName: string, html: string): Promise<string | null> {
  const win = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
    },
  });
  let pdf: Buffer;
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    pdf = await win.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true });
  } finally {
    win.destroy();
  }
  const { canceled, filePath } = await dialog.showSaveDialog({
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (canceled || !filePath) return null;
  await writeFileAtomic(filePath, pdf);
  return filePath;
}

/** The system's viewer for a file main saved itself; false when the desktop could not open it. */
export async function openSavedFile(path: string): Promise<boolean> {
  return (await shell.openPath(path)) === '';
}
