import Conf from 'conf';
import type { Settings } from '../../electron/settings/common/schema';
import type { SettingsBackendFactory } from '../../electron/settings/node/settings-store';

/** The options main gives electron-store, on its base library: plain Node, no Electron needed. */
export const confBackend: SettingsBackendFactory = (o) =>
  new Conf<Settings>({
    cwd: o.cwd,
    configName: o.name,
    defaults: o.defaults,
    schema: o.schema,
    clearInvalidConfig: false,
    configFileMode: o.fileMode,
  });
