import { Zippable, strToU8, zipSync } from 'fflate';

/** A sheet for rawXlsx: its name and the XML between <sheetData> and its end, plus extras. */
export interface RawSheet {
  name: string;
  /** <row> elements. */
  rows: string;
  /** Elements after </sheetData> (mergeCells, …). */
  after?: string;
  /** <dimension ref>. */
  dimension?: string;
  state?: 'hidden' | 'veryHidden';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An inline-string cell. */
export const str = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(text)}</t></is></c>`;
export const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;
export const row = (r: number, cells: string, attrs = '') => `<row r="${r}"${attrs}>${cells}</row>`;

/**
 * An .xlsx written by hand, part by part, so that tests can build what Excel would never write
 * (the bytes the hostile-file cases need). `extra` parts are added or replace the generated ones.
 */
export function rawXlsx(sheets: RawSheet[], extra: Record<string, string | Uint8Array> = {}, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        `</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
        sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('') +
        `</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        (s.dimension ? `<dimension ref="${s.dimension}"/>` : '') +
        `<sheetData>${s.rows}</sheetData>${s.after ?? ''}</worksheet>`,
    );
  });
  for (const [k, v] of Object.entries(extra)) files[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files, { level });
}

/** A small plan sheet's rows: a header and `n` actions, "Realizat" each. */
export function planRows(n: number, status = 'Realizat'): string {
  const head = row(1, [str('A1', 'Nr.'), str('B1', 'Acțiunea'), str('C1', 'Termen'), str('D1', 'Responsabil'), str('E1', 'Statut')].join(''));
  const body: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    body.push(row(r, [str(`A${r}`, `1.${i + 1}`), str(`B${r}`, `Acțiunea ${i + 1}`), str(`C${r}`, '2022'), str(`D${r}`, 'MF'), str(`E${r}`, status)].join('')));
  }
  return head + body.join('');
}

/**
 * Rewrites the declared uncompressed size in the zip's central directory: a bomb's lie. Every
 * entry's, or only the part named.
 */
export function declareSize(zip: Uint8Array, size: number, part?: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(out.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
    if (part === undefined || name === part) view.setUint32(i + 24, size, true);
  }
  return out;
}
