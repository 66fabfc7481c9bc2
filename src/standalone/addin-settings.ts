import type JSZip from 'jszip';
import { SETTINGS_KEY } from '../host/settings';
import { addOverride, addRelationship, attr, escapeXml, freeRelId, readRelationships, relsOf, resolveTarget } from './xml';

/**
 * Where Excel keeps an add-in's document settings (Office.context.document.settings): the
 * web-extension part of the package, xl/webextensions/webextensionN.xml, reached from
 * xl/webextensions/taskpanes.xml, itself related from the package root ([MS-OWEXML] 2.2, the
 * "webextension" and "taskpanes" parts). Each setting is a <we:property name value>, its value the
 * JSON of what the add-in stored: ours is a JSON string, so the attribute holds JSON twice.
 */

/** The add-in's id in manifest.xml: Excel ties a web-extension part to its add-in by it. */
export const ADDIN_ID = '3f6b2a7e-8d1c-4b6e-9a4f-2c7d5e1b9a30';
export const ADDIN_VERSION = '0.1.0.0';

const NS_WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const NS_WETP = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TASKPANES = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
const REL_WEBEXTENSION = 'http://schemas.microsoft.com/office/2011/relationships/webextension';
const CT_TASKPANES = 'application/vnd.ms-office.webextensiontaskpanes+xml';
const CT_WEBEXTENSION = 'application/vnd.ms-office.webextension+xml';

const PROPERTY = /<(\w+:)?property\b[^>]*>/g;

/** The web-extension part that belongs to this add-in: by its reference id, else by holding our setting. */
async function ourPart(zip: JSZip): Promise<{ path: string; xml: string } | null> {
  const parts = Object.keys(zip.files).filter((p) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(p));
  let holder: { path: string; xml: string } | null = null;
  for (const path of parts) {
    const xml = await zip.file(path)!.async('string');
    const ref = /<(\w+:)?reference\b[^>]*>/.exec(xml);
    if (ref && attr(ref[0], 'id')?.toLowerCase() === ADDIN_ID) return { path, xml };
    if (!holder && propertyValue(xml, SETTINGS_KEY) !== null) holder = { path, xml };
  }
  return holder;
}

function propertyValue(xml: string, name: string): string | null {
  for (const m of xml.matchAll(PROPERTY)) if (attr(m[0], 'name') === name) return attr(m[0], 'value');
  return null;
}

/** What Office.context.document.settings.get(SETTINGS_KEY) gives in Excel for this package; undefined when unset. */
export async function readAddinSetting(zip: JSZip): Promise<unknown> {
  const part = await ourPart(zip);
  const raw = part ? propertyValue(part.xml, SETTINGS_KEY) : null;
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function withProperty(xml: string, value: string): string {
  const line = `<we:property name="${escapeXml(SETTINGS_KEY)}" value="${escapeXml(JSON.stringify(value))}"/>`;
  for (const m of xml.matchAll(PROPERTY)) {
    if (attr(m[0], 'name') === SETTINGS_KEY) return xml.slice(0, m.index) + line.replace(/^<we:/, `<${m[1] ?? ''}`) + xml.slice(m.index! + m[0].length);
  }
  const open = /<(\w+:)?properties\s*\/>/.exec(xml);
  const p = (m: RegExpExecArray) => m[1] ?? '';
  if (open)
    return xml.slice(0, open.index) + `<${p(open)}properties>${line.replace(/we:/, p(open))}</${p(open)}properties>` + xml.slice(open.index + open[0].length);
  const close = /<\/(\w+:)?properties>/.exec(xml);
  if (close) return xml.slice(0, close.index) + line.replace(/we:/, p(close)) + xml.slice(close.index);
  throw new Error('web-extension part without properties');
}

function newWebExtension(value: string): string {
  const id = `{${globalThis.crypto.randomUUID().toUpperCase()}}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<we:webextension xmlns:we="${NS_WE}" id="${id}">` +
    `<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}" store="developer" storeType="Registry"/><we:alternateReferences/>` +
    `<we:properties><we:property name="${escapeXml(SETTINGS_KEY)}" value="${escapeXml(JSON.stringify(value))}"/></we:properties>` +
    `<we:bindings/><we:snapshot xmlns:r="${NS_R}"/></we:webextension>`
  );
}

/**
 * Stores the setting as Excel would: in this add-in's web-extension part, rewriting only that
 * part's property; a package without one gets the part, its task pane entry, relationships and
 * content types added, every other part untouched.
 */
export async function writeAddinSetting(zip: JSZip, value: string): Promise<void> {
  const existing = await ourPart(zip);
  if (existing) {
    zip.file(existing.path, withProperty(existing.xml, value));
    return;
  }
  let n = 1;
  while (zip.file(`xl/webextensions/webextension${n}.xml`)) n++;
  const partPath = `xl/webextensions/webextension${n}.xml`;
  zip.file(partPath, newWebExtension(value));

  const rootRels = (await zip.file('_rels/.rels')?.async('string')) ?? null;
  const paneRel = readRelationships(rootRels ?? '').find((r) => r.type === REL_TASKPANES);
  const panesPath = paneRel ? resolveTarget('', paneRel.target.replace(/^\//, '')) : 'xl/webextensions/taskpanes.xml';
  const panesRelsPath = relsOf(panesPath);
  const panesRels = (await zip.file(panesRelsPath)?.async('string')) ?? null;
  const relId = freeRelId(panesRels ?? '');
  const relTarget = partPath.slice(panesPath.lastIndexOf('/') + 1);
  zip.file(panesRelsPath, addRelationship(panesRels, { id: relId, type: REL_WEBEXTENSION, target: relTarget }));
  const entry = `<wetp:taskpane dockstate="right" visibility="0" width="350" row="${n}"><wetp:webextensionref xmlns:r="${NS_R}" r:id="${relId}"/></wetp:taskpane>`;
  const panes = (await zip.file(panesPath)?.async('string')) ?? null;
  if (panes) {
    const close = /<\/(\w+:)?taskpanes>/.exec(panes);
    if (!close) throw new Error('taskpanes part without its root');
    zip.file(panesPath, panes.slice(0, close.index) + entry.replace(/wetp:/g, close[1] ?? '') + panes.slice(close.index));
  } else {
    zip.file(panesPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wetp:taskpanes xmlns:wetp="${NS_WETP}">${entry}</wetp:taskpanes>`);
    zip.file('_rels/.rels', addRelationship(rootRels, { id: freeRelId(rootRels ?? ''), type: REL_TASKPANES, target: panesPath }));
  }
  let types = await zip.file('[Content_Types].xml')!.async('string');
  types = addOverride(types, `/${panesPath}`, CT_TASKPANES);
  types = addOverride(types, `/${partPath}`, CT_WEBEXTENSION);
  zip.file('[Content_Types].xml', types);
}
