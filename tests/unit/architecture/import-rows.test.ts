import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
// The rows exactly as `npm run lint` applies them.
import { importRows } from '../../../eslint.config.js';

// Each row of the import table in docs/architecture.md, shown failing on an import that breaks it
// and passing on one it allows. A file need not exist for ESLint to judge its imports by its path.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...importRows()],
});

async function problems(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const rows: Array<{ row: string; file: string; refused: string[]; allowed: string[] }> = [
  {
    row: 'common/: only other common/ code (it may be bundled into the window)',
    file: 'electron/breaks/common/example.ts',
    refused: [
      "import { BreakRuntime } from '../node/runtime';",
      "import type { Notifier } from '../../ports/notifier';",
      "import { readFile } from 'node:fs/promises';",
      "import { app } from 'electron';",
      "import { createServices } from '../../app/create-services';",
    ],
    allowed: ["import type { Settings } from '../../settings/common/schema';", "import { z } from 'zod/mini';"],
  },
  {
    row: 'ports/: only common/ types',
    file: 'electron/ports/example.ts',
    refused: ["import { openHistory } from '../history/node/history-store';", "import { spawn } from 'node:child_process';"],
    allowed: ["import type { Tier } from '../breaks/common/state';"],
  },
  {
    row: 'node/ (the domain): common/, ports/, other node/ code; no adapter, no composition, no Electron',
    file: 'electron/history/node/example.ts',
    refused: [
      "import { chooseNotifier } from '../../notifications/adapters/notifier';",
      "import { MainWindow } from '../../main/main-window';",
      "import { app } from 'electron';",
      "import notifier from 'node-notifier';",
    ],
    allowed: ["import type { Clock } from '../../ports/scheduler';", "import { readFile } from 'node:fs/promises';", "import { keepAside } from '../../base/node/fs-safe';"],
  },
  {
    row: 'adapters/: ports/ and common/ only',
    file: 'electron/presence/adapters/example.ts',
    refused: ["import { createCachedPresenceSource } from '../node/cached-source';", "import { app } from 'electron';", "import { start } from '../../main/main';"],
    allowed: ["import type { PresenceProbe } from '../../ports/presence';", "import { spawn } from 'node:child_process';"],
  },
  {
    row: 'preload/: channel names from ipc/common only',
    file: 'electron/preload/example.ts',
    refused: ["import { CHANNELS } from '../settings/common/settings-channels';", "import { route } from '../ipc/node/router';"],
    allowed: ["import { createApi } from '../ipc/common/window-api';", "import { contextBridge } from 'electron';"],
  },
  {
    row: 'renderer/: the common/ folders of electron/ only, no Node, no classic zod',
    file: 'renderer/src/example.ts',
    refused: [
      "import { BreakRuntime } from '@electron/breaks/node/runtime';",
      "import type { Notifier } from '@electron/ports/notifier';",
      "import { ROUTINES } from '../../electron/exercises/common/routines';",
      "import { z } from 'zod';",
      "import { readFile } from 'node:fs';",
      "import { ipcRenderer } from 'electron';",
    ],
    allowed: ["import { ROUTINES } from '@electron/exercises/common/routines';", "import { z } from 'zod/mini';"],
  },
];

describe.each(rows)('import row: $row', ({ file, refused, allowed }) => {
  it.each(refused)(`refuses, in ${file}: %s`, async (line) => {
    const found = await problems(file, line);
    expect(found.length, `no lint error for ${line}`).toBe(1);
    expect(found[0]).toMatch(/^no-restricted-imports: /);
  });
  it.each(allowed)(`allows, in ${file}: %s`, async (line) => {
    expect(await problems(file, line)).toEqual([]);
  });
});

describe('composition (electron/app, electron/main) may import anything', () => {
  it.each(['electron/app/example.ts', 'electron/main/example.ts'])('%s', async (file) => {
    const source = "import { app } from 'electron';\nimport { openHistory } from '../history/node/history-store';\nimport { chooseNotifier } from '../notifications/adapters/notifier';";
    expect(await problems(file, source)).toEqual([]);
  });
});
