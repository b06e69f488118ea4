import type { Database, Statement } from 'sql.js';
import type { TableRows, TableName } from './rows.js';
import { exportTables } from './tables.js';

/** The DDL of the export tables, with their indexes. */
export function sqliteSchema(): string {
  return exportTables
    .flatMap((t) => [
      `CREATE TABLE ${t.name} (${t.columns.map(([name, type]) => `${quote(name)} ${type}`).join(', ')});`,
      ...t.indexes.map((c) => `CREATE INDEX ${t.name}_${c} ON ${t.name} (${quote(c)});`),
    ])
    .join('\n');
}

/** An in-memory SQLite database (sql.js, WebAssembly: no native build) filled one document at a time. */
export class SqliteWriter {
  private readonly inserts: Map<TableName, Statement>;

  private constructor(private readonly db: Database) {
    db.run(sqliteSchema());
    db.run('BEGIN');
    this.inserts = new Map(
      exportTables.map((t) => [t.name, db.prepare(`INSERT INTO ${t.name} VALUES (${t.columns.map(() => '?').join(', ')})`)]),
    );
  }

  static async create(): Promise<SqliteWriter> {
    // sql.js (30 MB) is an optional peer dependency: library users who only parse do not download it.
    const { default: initSqlJs } = await import('sql.js').catch(() => {
      throw new SqliteMissingError();
    });
    const SQL = await initSqlJs();
    return new SqliteWriter(new SQL.Database());
  }

  add(rows: TableRows): void {
    for (const [name, insert] of this.inserts) for (const row of rows[name]) insert.run(row);
  }

  /** Commits and returns the database file's bytes. */
  finish(): Uint8Array {
    for (const insert of this.inserts.values()) insert.free();
    this.db.run('COMMIT');
    const bytes = this.db.export();
    this.db.close();
    return bytes;
  }
}

/** sql.js is not installed. */
export class SqliteMissingError extends Error {
  constructor() {
    super('kehoach export --sqlite needs the optional package sql.js (SQLite as WebAssembly, 30 MB): install it with `npm install sql.js` next to kehoach, or use --csv');
  }
}

function quote(name: string): string {
  return `"${name}"`;
}
