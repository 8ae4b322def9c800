/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides. */
export declare const chromiumPath: string;
/** Command-line flags for a headless Chromium that loads one unpacked extension. */
export declare function extensionArgs(extensionPath: string): string[];
