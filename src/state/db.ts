import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens (creating if need be) one SQLite file in DATA_DIR for lasting state. WAL with `synchronous=FULL`:
 * a committed transaction survives `kill -9` and a power cut; readers never block the writer.
 */
export function openDb(dataDir: string, name: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, name));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return db;
}
