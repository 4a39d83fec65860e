import { Directory1763900000000 } from './1763900000000-directory';

/** Every migration, in order. A schema change adds a file here; an applied migration is never edited. */
export const migrations = [Directory1763900000000];
