import type { Cell, ColumnRole, Row, Table } from '../schema/document.js';

export type { Cell, ColumnRole, Row, Table };

/** A table and the lines of the normalized text it occupies (first..last, inclusive). */
export interface FoundTable {
  table: Table;
  firstLine: number;
  lastLine: number;
}
