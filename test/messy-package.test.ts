import { validate } from '../src/host/commands';
import { defaultSettings } from '../src/host/settings';
import { StandaloneHost } from '../src/standalone/standalone-host';
import { MESSY_ROWS, richPackage } from './helpers/rich-package';

test('the messy workbook has one finding of each kind the browser test clears', async () => {
  const bytes = await richPackage({ rows: MESSY_ROWS });
  const r = await StandaloneHost.open(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 'messy.xlsx');
  if (!r.ok) throw new Error(r.error);
  const a = await validate(r.host, defaultSettings(), 'ro');
  expect(a.findings.map((f) => `${f.cell} ${f.code} ${f.suggestion ?? ''}`.trim())).toEqual([
    'A5 missing_id',
    'B6 missing_action',
    'E7 missing_status',
    'E8 invalid_status Realizată',
    'D9 invalid_deadline',
    'D10 missing_deadline',
    'A11 duplicate_id',
    'A12 id_mismatch 1.9',
    'F13 cell_error',
    'C14 unknown_responsible SJRU',
    'D14 ambiguous_deadline Decembrie 2022',
    'D16 overdue',
    'F17 missing_description',
    'F18 status_contradicts_description',
    'C19 missing_responsible',
    'E14 status_spelling În proces de realizare',
    'E15 status_spelling Realizată',
  ]);
});
