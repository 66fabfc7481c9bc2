/** Calendar dates as ISO "YYYY-MM-DD" strings: comparable as strings, free of time zones. */

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function endOfMonth(y: number, m: number): string {
  return isoDate(y, m, daysInMonth(y, m));
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) && y >= 1900 && y <= 2200;
}

export function parts(iso: string): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/** Excel's serial day number (1900 system, with its phantom 29 Feb 1900) to an ISO date. */
export function fromExcelSerial(serial: number): string {
  const days = Math.floor(serial);
  const ms = Date.UTC(1899, 11, 30) + days * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

export function fromJsDate(d: Date): string {
  // exceljs and Excel give date-only cells as UTC midnight; a local-time Date keeps its calendar day.
  const utc = d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
  return utc ? d.toISOString().slice(0, 10) : isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}
