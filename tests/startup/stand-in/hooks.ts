// Module resolution hook for the start-up test: `electron` (from main.js and from electron-store)
// resolves to the bundled stand-in whose file URL is in LIMBER_ELECTRON_STAND_IN.
type Resolve = (specifier: string, context: unknown) => Promise<{ url: string }>;

export async function resolve(
  specifier: string,
  context: unknown,
  nextResolve: Resolve,
): Promise<{ url: string; shortCircuit?: boolean }> {
  const standIn = process.env['LIMBER_ELECTRON_STAND_IN'];
  if (specifier === 'electron' && standIn) return { url: standIn, shortCircuit: true };
  return nextResolve(specifier, context);
}
