import { ClassifiedRow } from './row-classes';

/** The table bounds stage: the table ends at its last data row, not at the sheet's last row. */
export function tableEnd(rows: ClassifiedRow[]): number | null {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i].cls === 'data') return rows[i].r;
  return null;
}
