/** Minimum passphrase length checked in the UI for convenience; Rust validates again. */
export const MIN_PASSPHRASE = 8;

/** The main screens reachable from the top navigation. */
export type Screen = 'heute' | 'journal' | 'persons' | 'sites' | 'activities' | 'reports' | 'exchange' | 'settings';
