import JSZip from 'jszip';
import { writeAddinSetting } from './addin-settings';
import { PatchError, setCells, setListValidation } from './sheet-xml';
import { columnLetters } from '../core/grid';
import { addOverride, addRelationship, attr, escapeXml, freeRelId, readRelationships, relsOf, resolveTarget } from './xml';

export interface PackagePatch {
  /** Text written into cells, by sheet name and A1 address. */
  cells: { sheet: string; cell: string; value: string }[];
  /** Dropdown lists put on ranges. */
  validations: { sheet: string; range: string; allowed: string[] }[];
  /** The add-in's settings as stored (a JSON string), or null to leave them as they are. */
  settings: string | null;
  /** Sheets the add-in adds (its Statistics and Report), as values. */
  newSheets?: NewSheet[];
}

export interface NewSheet {
  name: string;
  rows: (string | number | null)[][];
  /** Column widths in characters, from column A. */
  widths?: number[];
}

const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function worksheetXml(sheet: NewSheet): string {
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          if (v === null || v === '') return '';
          const ref = `${columnLetters(c)}${r + 1}`;
          return typeof v === 'number'
            ? `<c r="${ref}"><v>${v}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
        })
        .join('');
      return cells ? `<row r="${r + 1}">${cells}</row>` : '';
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cols}<sheetData>${rows}</sheetData></worksheet>`;
}

/** Adds worksheets: their parts, entries in the workbook and its relationships, content types. */
async function addSheets(zip: JSZip, workbookPath: string, sheets: NewSheet[]): Promise<void> {
  if (!sheets.length) return;
  let workbook = await zip.file(workbookPath)!.async('string');
  const relsPath = relsOf(workbookPath);
  let rels = (await zip.file(relsPath)?.async('string')) ?? null;
  let types = await zip.file('[Content_Types].xml')!.async('string');
  const rPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(workbook)?.[1];
  if (!rPrefix) throw new PatchError('workbook part without the relationships namespace');
  let sheetId = Math.max(0, ...[...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => Number(attr(m[0], 'sheetId') ?? 0)));
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  for (const sheet of sheets) {
    let n = 1;
    while (zip.file(`${folder}worksheets/sheet${n}.xml`)) n++;
    const path = `${folder}worksheets/sheet${n}.xml`;
    zip.file(path, worksheetXml(sheet));
    const id = freeRelId(rels ?? '');
    rels = addRelationship(rels, { id, type: REL_WORKSHEET, target: `worksheets/sheet${n}.xml` });
    const close = /<\/(\w+:)?sheets>/.exec(workbook);
    if (!close) throw new PatchError('workbook part without sheets');
    const entry = `<${close[1] ?? ''}sheet name="${escapeXml(sheet.name)}" sheetId="${++sheetId}" ${rPrefix}:id="${id}"/>`;
    workbook = workbook.slice(0, close.index) + entry + workbook.slice(close.index);
    types = addOverride(types, `/${path}`, CT_WORKSHEET);
  }
  zip.file(workbookPath, workbook);
  zip.file(relsPath, rels!);
  zip.file('[Content_Types].xml', types);
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** Sheet name -> its worksheet part, read from the workbook part and its relationships. */
async function workbookPartOf(zip: JSZip): Promise<string> {
  const rootRels = await zip.file('_rels/.rels')?.async('string');
  const main = readRelationships(rootRels ?? '').find((r) => OFFICE_DOCUMENT.test(r.type));
  return main ? resolveTarget('', main.target) : 'xl/workbook.xml';
}

export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbookPath = await workbookPartOf(zip);
  const workbook = await zip.file(workbookPath)?.async('string');
  const rels = readRelationships((await zip.file(relsOf(workbookPath))?.async('string')) ?? '');
  const out = new Map<string, string>();
  if (!workbook) return out;
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const relId = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const rel = rels.find((r) => r.id === relId);
    if (name !== null && rel) out.set(name, resolveTarget(workbookPath, rel.target));
  }
  return out;
}

/**
 * The original package with only the asked-for changes: the worksheet parts holding changed cells
 * or a new dropdown, the add-in's settings part, and for added sheets their parts and entries.
 * Every other entry keeps its bytes.
 */
export async function patchPackage(original: ArrayBuffer | Uint8Array, patch: PackagePatch): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  const parts = await sheetParts(zip);
  const sheets = new Set([...patch.cells.map((c) => c.sheet), ...patch.validations.map((v) => v.sheet)]);
  for (const sheet of sheets) {
    const path = parts.get(sheet);
    const file = path ? zip.file(path) : null;
    if (!path || !file) throw new PatchError(`sheet ${sheet} not found in the package`);
    let xml = await file.async('string');
    xml = setCells(
      xml,
      patch.cells.filter((c) => c.sheet === sheet),
    );
    for (const v of patch.validations.filter((x) => x.sheet === sheet)) xml = setListValidation(xml, v.range, v.allowed);
    zip.file(path, xml);
  }
  await addSheets(zip, await workbookPartOf(zip), patch.newSheets ?? []);
  if (patch.settings !== null) await writeAddinSetting(zip, patch.settings);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
