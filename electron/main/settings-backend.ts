import Store from 'electron-store';
import type { Settings } from '../settings/common/schema';
import type { SettingsBackendFactory } from '../settings/node/settings-store';

/**
 * electron-store with the options core asks for. clearInvalidConfig stays off: core has already
 * repaired the file (keeping the original aside), and a reset without a backup would lose data.
 */
export const electronStoreBackend: SettingsBackendFactory = (o) =>
  new Store<Settings>({
    cwd: o.cwd,
    name: o.name,
    defaults: o.defaults,
    schema: o.schema,
    clearInvalidConfig: false,
    watch: false,
    // settings.json is the user's own: readable by them alone (conf writes it with this mode every time).
    configFileMode: o.fileMode,
  });
