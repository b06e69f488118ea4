export { exportTables, type ExportTable } from './tables.js';
export { documentRows, failureRows, type Failure, type TableRows } from './rows.js';
export { csvDelimiters, csvRecord, CsvWriter, type CsvDelimiter } from './csv.js';
export { SqliteWriter, sqliteSchema } from './sqlite.js';
export { readDocuments, readParseFailures, type StoredDocument } from './read.js';
