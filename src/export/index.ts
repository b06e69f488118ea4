export { exportTables, type ExportTable } from './tables.js';
export { documentRows, type TableRows } from './rows.js';
export { csvRecord, CsvWriter } from './csv.js';
export { SqliteWriter, sqliteSchema } from './sqlite.js';
export { readDocuments, type StoredDocument } from './read.js';
