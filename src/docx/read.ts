import JSZip from 'jszip';
import { WorkbookGrid } from '../core/grid';
import { documentToWorkbook } from './document-grid';
import { ListCounter, parseNumbering } from './numbering';
import { parseDocumentXml } from './ooxml';

export type DocxError = 'docx_corrupt' | 'docx_no_plan';
export type DocxRead = { ok: true; grid: WorkbookGrid } | { ok: false; error: DocxError };

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The main document part named by the package relationships (ECMA-376 Part 2, §9.3), usually word/document.xml. */
async function mainPartName(zip: JSZip): Promise<string> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  if (rels) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      if (OFFICE_DOCUMENT.test(type) && target) return target.replace(/^\//, '');
    }
  }
  return 'word/document.xml';
}

/** Is this zip a Word document rather than a workbook? */
export async function isWordPackage(bytes: Uint8Array): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    return zip.file('word/document.xml') !== null || (await mainPartName(zip)).startsWith('word/');
  } catch {
    return false;
  }
}

/** A .docx report's tables as a workbook grid the engine reads like a sheet. */
export async function readDocx(bytes: Uint8Array): Promise<DocxRead> {
  let xml: string | undefined;
  let numberingXml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const main = await mainPartName(zip);
    xml = await zip.file(main)?.async('string');
    numberingXml = await zip.file(main.replace(/[^/]*$/, 'numbering.xml'))?.async('string');
  } catch {
    return { ok: false, error: 'docx_corrupt' };
  }
  if (xml === undefined) return { ok: false, error: 'docx_corrupt' };
  let blocks;
  try {
    blocks = parseDocumentXml(xml, numberingXml ? new ListCounter(parseNumbering(numberingXml)) : undefined);
  } catch {
    return { ok: false, error: 'docx_corrupt' };
  }
  const grid = documentToWorkbook(blocks);
  return grid ? { ok: true, grid } : { ok: false, error: 'docx_no_plan' };
}
