export function electronPackageDir(): string;
export function installedElectronBinary(): string | null;
