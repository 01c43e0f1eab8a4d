/**
 * What this desktop can and cannot do for Limber, decided once in main and shown where it matters
 * (Settings), so the app never promises what the platform will not deliver.
 */
export interface PlatformCapabilities {
  /** A Wayland session: windows cannot float on top, position themselves or appear without focus. */
  wayland: boolean;
  /**
   * A global shortcut does what it says. False on Wayland: it goes through the desktop portal,
   * which may be missing or may ask the user to bind the keys first, and `register()` can report
   * success while nothing happens.
   */
  shortcutsGuaranteed: boolean;
  /** The small reminder window can stay above other windows without taking keyboard focus. */
  reminderWindowFloats: boolean;
}

/** A regular X11, Windows or macOS desktop: everything works as the settings describe. */
export const FULL_CAPABILITIES: PlatformCapabilities = {
  wayland: false,
  shortcutsGuaranteed: true,
  reminderWindowFloats: true,
};
