import JSZip from 'jszip';

/**
 * A workbook package written by hand, part by part, as Excel lays one out (not by exceljs): a plan
 * sheet with shared strings, comments, a data validation and a chart; an abbreviations sheet; a
 * pivot table with its cache; defined names. Each part is literal XML, so a test can compare
 * every entry of the package before and after the pane touched it.
 */
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

type Value = string | number | null | { error: string };

export const PLAN_ROWS: Value[][] = [
  ['Raport privind implementarea planului de acțiuni pentru semestrul I, 2022'],
  ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă'],
  ['Obiectivul 1. Servicii publice mai bune'],
  ['1.1', 'Aprobarea regulamentului', 'DIP', 'Trimestrul II, 2022', 'Realizată', 'Regulamentul a fost aprobat.'],
  ['1.2', 'Instruirea personalului', 'SRJU', 'Trimestrul III 2022, decembrie 2022', 'In proces de realizare', 'Instruirile continuă.'],
  ['1.3', 'Publicarea datelor', 'DIP', 'Trimestrul IV, 2022', 'Realizata', 'Datele au fost publicate.'],
];

/** A plan with one of each finding kind, for taking it to zero errors in the pane. */
export const MESSY_ROWS: Value[][] = [
  ['Raport privind implementarea planului de acțiuni pentru semestrul I, 2022'],
  ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă'],
  ['Obiectivul 1. Servicii publice mai bune'],
  ['1.1', 'Aprobarea regulamentului', 'DIP', 'Trimestrul II, 2022', 'Realizată', 'Regulamentul a fost aprobat.'],
  [null, 'Acțiune fără număr', 'DIP', 'Trimestrul IV, 2022', 'În proces de realizare', 'Continuă.'],
  ['1.3', null, 'DIP', 'Trimestrul IV, 2022', 'În proces de realizare', 'Continuă.'],
  ['1.4', 'Acțiune fără statut', 'DIP', 'Trimestrul IV, 2022', null, 'Continuă.'],
  ['1.5', 'Statut greșit', 'DIP', 'Trimestrul IV, 2022', 'Realizatt', 'Gata.'],
  ['1.6', 'Termen nerecunoscut', 'DIP', 'cât mai curând', 'În proces de realizare', 'Continuă.'],
  ['1.7', 'Fără termen', 'DIP', null, 'În proces de realizare', 'Continuă.'],
  ['1.1', 'Număr repetat', 'DIP', 'Trimestrul IV, 2022', 'În proces de realizare', 'Continuă.'],
  ['2.9', 'Număr din alt grup', 'DIP', 'Trimestrul IV, 2022', 'În proces de realizare', 'Continuă.'],
  ['1.10', 'Eroare de formulă', 'DIP', 'Trimestrul IV, 2022', 'În proces de realizare', { error: '#N/A' }],
  ['1.11', 'Abreviere greșită', 'SRJU', 'Trimestrul III 2022, decembrie 2022', 'In proces de realizare', 'Continuă.'],
  ['1.12', 'Statut fără diacritice', 'DIP', 'Trimestrul IV, 2022', 'Realizata', 'Datele au fost publicate.'],
  ['1.13', 'Termen depășit', 'DIP', 'Martie 2022', 'În proces de realizare', 'Continuă.'],
  ['1.14', 'Fără descriere', 'DIP', 'Trimestrul IV, 2022', 'Realizată', null],
  ['1.15', 'Descriere contrară', 'DIP', 'Trimestrul IV, 2022', 'Realizată', 'Acțiunea nu a fost inițiată din lipsă de fonduri.'],
  ['1.16', 'Fără responsabil', null, 'Trimestrul IV, 2022', 'În proces de realizare', 'Continuă.'],
];

function sharedStrings(rows: Value[][]): { index: Map<string, number>; xml: string } {
  const index = new Map<string, number>();
  for (const row of rows) for (const v of row) if (typeof v === 'string' && !index.has(v)) index.set(v, index.size);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const items = [...index.keys()].map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
  return { index, xml: `${HEAD}<sst xmlns="${NS}" count="${index.size}" uniqueCount="${index.size}">${items}</sst>` };
}

function sheetData(rows: Value[][], sst: Map<string, number>): string {
  return rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          if (v === null) return '';
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (typeof v === 'object') return `<c r="${ref}" t="e"><f>NA()</f><v>${v.error}</v></c>`;
          return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" s="1" t="s"><v>${sst.get(v)}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}" spans="1:6">${cells}</row>`;
    })
    .join('');
}

export interface RichOptions {
  /** A web-extension part as Excel writes it, holding this JSON string as the add-in's settings. */
  excelSettings?: string;
  /** The plan sheet's rows; PLAN_ROWS by default. */
  rows?: Value[][];
}

export async function richPackage(options: RichOptions = {}): Promise<Uint8Array> {
  const abbr: Value[][] = [
    ['DIP', 'Direcția implementare proiecte'],
    ['SJRU', 'Serviciul juridic și resurse umane'],
  ];
  const pivotSource: Value[][] = [
    ['Statut', 'Număr'],
    ['Realizată', 1],
    ['În proces', 2],
  ];
  const plan = options.rows ?? PLAN_ROWS;
  const { index, xml: sstXml } = sharedStrings([...plan, ...abbr, ...pivotSource, ['Total']]);
  const zip = new JSZip();
  const we = options.excelSettings !== undefined;
  zip.file(
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      [1, 2, 3]
        .map(
          (n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
      `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>` +
      (we
        ? `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>`
        : '') +
      `</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${HEAD}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>` +
      (we
        ? `<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/>`
        : '') +
      `</Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `${HEAD}<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/><sheet name="Abrevieri" sheetId="2" r:id="rId2"/><sheet name="Pivot" sheetId="3" r:id="rId3"/></sheets>` +
      `<definedNames><definedName name="Statuses">Plan!$E$4:$E$6</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Plan!$A$1:$F$6</definedName></definedNames>` +
      `<pivotCaches><pivotCache cacheId="1" r:id="rId6"/></pivotCaches></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${HEAD}<Relationships xmlns="${PR}">` +
      [1, 2, 3].map((n) => `<Relationship Id="rId${n}" Type="${R}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('') +
      `<Relationship Id="rId4" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId5" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId6" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `${HEAD}<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`,
  );
  zip.file('xl/sharedStrings.xml', sstXml);
  zip.file(
    'xl/worksheets/sheet1.xml',
    `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${R}"><dimension ref="A1:F${plan.length}"/><sheetData>${sheetData(plan, index)}</sheetData>` +
      `<mergeCells count="2"><mergeCell ref="A1:F1"/><mergeCell ref="A3:F3"/></mergeCells>` +
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C4:C6"><formula1>Abrevieri!$A$1:$A$2</formula1></dataValidation></dataValidations>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId2"/><legacyDrawing r:id="rId3"/></worksheet>`,
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `${HEAD}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${R}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId3" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
  );
  zip.file(
    'xl/comments1.xml',
    `${HEAD}<comments xmlns="${NS}"><authors><author>Officer</author></authors><commentList><comment ref="E5" authorId="0"><text><r><t>Verificați statutul.</t></r></text></comment></commentList></comments>`,
  );
  zip.file(
    'xl/drawings/vmlDrawing1.vml',
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>5, 15, 3, 10, 7, 15, 7, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>4</x:Row><x:Column>4</x:Column></x:ClientData></v:shape></xml>`,
  );
  zip.file(
    'xl/drawings/drawing1.xml',
    `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    `${HEAD}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/charts/chart1.xml',
    `${HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Pivot!$A$2:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Pivot!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
  );
  zip.file('xl/worksheets/sheet2.xml', `${HEAD}<worksheet xmlns="${NS}"><sheetData>${sheetData(abbr, index)}</sheetData></worksheet>`);
  zip.file(
    'xl/worksheets/sheet3.xml',
    `${HEAD}<worksheet xmlns="${NS}"><sheetData>${sheetData([...pivotSource, ['Total', 3]], index)}</sheetData></worksheet>`,
  );
  zip.file(
    'xl/worksheets/_rels/sheet3.xml.rels',
    `${HEAD}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/pivotTables/pivotTable1.xml',
    `${HEAD}<pivotTableDefinition xmlns="${NS}" name="PivotTable1" cacheId="1" dataCaption="Values" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="D1:E3" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="2"><i><x/></i><i><x v="1"/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Număr" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
  );
  zip.file(
    'xl/pivotTables/_rels/pivotTable1.xml.rels',
    `${HEAD}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `${HEAD}<pivotCacheDefinition xmlns="${NS}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Pivot"/></cacheSource><cacheFields count="2"><cacheField name="Statut" numFmtId="0"><sharedItems count="2"><s v="Realizată"/><s v="În proces"/></sharedItems></cacheField><cacheField name="Număr" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="2"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file(
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
    `${HEAD}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/pivotCache/pivotCacheRecords1.xml',
    `${HEAD}<pivotCacheRecords xmlns="${NS}" count="2"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/></r></pivotCacheRecords>`,
  );
  if (we) {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    zip.file(
      'xl/webextensions/taskpanes.xml',
      `${HEAD}<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="4"><wetp:webextensionref xmlns:r="${R}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
    );
    zip.file(
      'xl/webextensions/_rels/taskpanes.xml.rels',
      `${HEAD}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
    );
    zip.file(
      'xl/webextensions/webextension1.xml',
      `${HEAD}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6A1B1D2E-0F00-4C3B-8D2A-1F2E3D4C5B6A}"><we:reference id="3f6b2a7e-8d1c-4b6e-9a4f-2c7d5e1b9a30" version="0.1.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="actionPlanReport" value="${esc(JSON.stringify(options.excelSettings))}"/></we:properties><we:bindings/><we:snapshot xmlns:r="${R}"/></we:webextension>`,
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Every entry's uncompressed bytes, by name. */
export async function entries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, Buffer.from(await file.async('uint8array')));
  return out;
}
