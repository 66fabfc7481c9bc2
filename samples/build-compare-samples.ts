/**
 * Builds the sample's two periods for trying the comparison: the semester I report as the Word
 * document an institution submits (samples/open-government-2020-s1.docx, one landscape table) and the
 * semester II workbook (samples/open-government-2020-s2.xlsx), changed as test/helpers/compare-fixtures.ts
 * describes. Run: npm run build:cli && node dist/samples/build-compare-samples.js
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { buildNextPeriodWorkbook, buildWordReport, nextPeriodActions, xlsxBytes } from '../test/helpers/compare-fixtures';
import { SAMPLE_JSON, readSampleActions } from './build-sample';

export const SAMPLE_S1_DOCX = join(SAMPLE_JSON, '..', 'open-government-2020-s1.docx');
export const SAMPLE_S2_XLSX = join(SAMPLE_JSON, '..', 'open-government-2020-s2.xlsx');

async function build(): Promise<void> {
  const s1 = readSampleActions();
  writeFileSync(SAMPLE_S1_DOCX, await buildWordReport(s1, 'one-table'));
  writeFileSync(SAMPLE_S2_XLSX, await xlsxBytes(buildNextPeriodWorkbook(nextPeriodActions(s1))));
  console.log(`wrote ${SAMPLE_S1_DOCX}\nwrote ${SAMPLE_S2_XLSX}`);
}

if (require.main === module) void build();
