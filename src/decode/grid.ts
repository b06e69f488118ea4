/** A table cell as read from markup, before layout into a grid. */
export interface MarkupCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface GridResult {
  rows: string[][];
  /** Per cell: true where a row span from above copied the text in. */
  copied: boolean[][];
  /** How many cells a row span copied into the rows below. */
  copiedBySpan: number;
}

/**
 * Lays rows of cells with rowspan/colspan into a rectangular grid. A column
 * span leaves the extra cells empty (a group row keeps its text in the first
 * cell); a row span copies the text down, so each row stays self-contained
 * (a lead agency merged over three tasks leads all three).
 */
export function layoutGrid(rows: readonly (readonly MarkupCell[])[]): GridResult {
  const grid: string[][] = [];
  const copiedGrid: boolean[][] = [];
  let copiedBySpan = 0;
  rows.forEach((cells, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c] !== undefined) c++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, 1000));
      const colSpan = Math.max(1, Math.min(cell.colSpan, 100));
      for (let dr = 0; dr < rowSpan; dr++) {
        const row = (grid[r + dr] ??= []);
        const copied = (copiedGrid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) {
          row[c + dc] = dc === 0 ? cell.text : '';
          copied[c + dc] = dr > 0 && dc === 0;
        }
        if (dr > 0) copiedBySpan++;
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const filled = grid.slice(0, rows.length).map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
  const copied = filled.map((_, r) => Array.from({ length: width }, (_, i) => copiedGrid[r]?.[i] ?? false));
  return { rows: filled, copied, copiedBySpan };
}

/** One grid row as a tab-separated line; tabs and newlines inside cells become spaces. */
export function toTsvLine(row: readonly string[]): string {
  return row.map((cell) => cell.replace(/[\t\n\r]+/g, ' ').trim()).join('\t');
}
