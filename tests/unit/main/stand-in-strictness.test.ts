// The start-up tests' stand-in Electron is only worth its passes if it is no kinder than Electron:
// a method Electron's BrowserWindow or WebContents lacks must not exist on the stand-in's (main
// would call it, pass, and fail for real), and a destroyed window or webContents must throw on use
// as Electron's do. The method names are read from Electron's own type definitions.
import { readFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BrowserWindow } from '../../startup/stand-in/window';

const definitions = readFileSync(createRequire(import.meta.url).resolve('electron/electron.d.ts'), 'utf8');

/** Member names declared in `class <name>` of Electron.CrossProcessExports (methods and properties). */
function declaredMembers(name: string): Set<string> {
  const start = definitions.indexOf(`\n  class ${name} extends `);
  if (start < 0) throw new Error(`electron.d.ts has no class ${name}`);
  const end = definitions.indexOf('\n  }\n', start);
  const body = definitions.slice(start, end);
  return new Set([...body.matchAll(/^ {4}(?:static )?(?:readonly )?(\w+)\??[(:<]/gm)].map((m) => m[1]!));
}

/** Every function an object answers to, own or inherited, except Node's EventEmitter's and Object's. */
function methodsOf(object: object): string[] {
  const inherited = new Set([...Object.getOwnPropertyNames(EventEmitter.prototype), ...Object.getOwnPropertyNames(Object.prototype)]);
  const names = new Set<string>();
  for (let o: object | null = object; o && o !== EventEmitter.prototype && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null)
    for (const name of Object.getOwnPropertyNames(o)) if (name !== 'constructor' && typeof (object as Record<string, unknown>)[name] === 'function') names.add(name);
  return [...names].filter((name) => !inherited.has(name)).sort();
}

describe('the stand-in Electron, no kinder than Electron', () => {
  it("has no BrowserWindow method that Electron's BrowserWindow (and BaseWindow) lacks", () => {
    const electron = new Set([...declaredMembers('BrowserWindow'), ...declaredMembers('BaseWindow')]);
    expect(electron.has('loadURL') && electron.has('showInactive') && electron.has('isDestroyed')).toBe(true);
    const win = new BrowserWindow({});
    expect(methodsOf(win).filter((name) => !electron.has(name))).toEqual([]);
  });

  it("has no WebContents method that Electron's WebContents lacks", () => {
    const electron = declaredMembers('WebContents');
    expect(electron.has('send') && electron.has('printToPDF')).toBe(true);
    const win = new BrowserWindow({});
    expect(methodsOf(win.webContents).filter((name) => !electron.has(name))).toEqual([]);
  });

  it('a destroyed window and its webContents throw "Object has been destroyed" on any method but isDestroyed', () => {
    const win = new BrowserWindow({});
    const contents = win.webContents;
    win.destroy();
    expect(win.isDestroyed()).toBe(true);
    expect(contents.isDestroyed()).toBe(true);
    for (const call of [() => win.loadURL('app://limber/'), () => win.hide(), () => win.getBounds(), () => win.close()]) expect(call).toThrow(new TypeError('Object has been destroyed'));
    for (const call of [() => contents.send('x', 1), () => contents.isLoading(), () => contents.reload(), () => contents.printToPDF({})])
      expect(call).toThrow(new TypeError('Object has been destroyed'));
  });
});
