import fc from 'fast-check';
import { analyzeWorkbook } from '../../src/core/analyze';
import { parseDeadline } from '../../src/core/deadline';
import { FINDING_CODES } from '../../src/core/findings';
import { LANGS, findingMessage } from '../../src/core/messages';
import { buildContext, renderTemplate, DEFAULT_TEMPLATES } from '../../src/core/narrative';
import { matchLeadingStatus } from '../../src/core/status';
import { STATES } from '../../src/core/status';
import { RUNS, cell, grid, options } from './arbitraries';

const A1 = /^[A-Z]{1,3}[1-9]\d*$/;

test(`any grid, any options: the engine never throws and its output holds together (${RUNS} cases)`, () => {
  fc.assert(
    fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), options, (sheets, opts) => {
      const a = analyzeWorkbook({ sheets }, opts as never);
      expect(Array.isArray(a.findings)).toBe(true);
      for (const f of a.findings) {
        expect(FINDING_CODES).toContain(f.code);
        expect(f.cell).toMatch(A1);
        for (const lang of LANGS) expect(findingMessage(f, lang)).not.toMatch(/\{\w+\}/);
      }
      const t = a.stats.total;
      expect(t.rows).toBe(a.rows.length);
      expect([...STATES, 'unknown'].reduce((n, s) => n + t.byState[s as keyof typeof t.byState], 0)).toBe(t.rows);
      for (const r of [t.completionRate, t.startedRate]) if (r !== null) expect(r >= 0 && r <= 1).toBe(true);
      expect(t.overdue).toBeLessThanOrEqual(t.due);
      expect(a.stats.objectives.reduce((n, o) => n + o.rows, 0)).toBe(t.rows);
    }),
    { numRuns: RUNS },
  );
}, 600_000);

test(`any cell as a deadline or a status (${RUNS * 5} cases)`, () => {
  fc.assert(
    fc.property(cell, fc.option(fc.integer({ min: 1900, max: 2200 }), { nil: undefined }), (v, year) => {
      const d = parseDeadline(v, year);
      expect(['date', 'recurring', 'ongoing', 'invalid', 'empty']).toContain(d.kind);
      if (d.kind === 'date') expect(d.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (typeof v === 'string') {
        const m = matchLeadingStatus(v);
        if (m) expect(m.end).toBeLessThanOrEqual(v.length);
      }
    }),
    { numRuns: RUNS * 5 },
  );
}, 600_000);

test(`any template text: issues with line and column, or text; never an exception (${RUNS} cases)`, () => {
  const a = analyzeWorkbook({
    sheets: [{ name: 'P', rows: [['semestrul I 2022'], ['Nr.', 'Acțiunea', 'Termen', 'Statutul'], ['1.1', 'X', 'Anual', 'Realizat']] }],
  });
  const ctx = buildContext(a, 'ro');
  const piece = fc.constantFrom(
    '{{',
    '}}',
    '{%',
    '%}',
    ' if ',
    ' for x in objectives ',
    'endfor',
    'endif',
    ' total.rows ',
    ' | plural: "a", "b" ',
    ' constructor ',
    '__proto__',
    '"',
    "'",
    '\n',
    ' raw ',
    'endraw',
    ' assign ',
    ' = ',
    '(1..5)',
    ' include ',
    ' render ',
    ' | ',
  );
  const template = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.array(piece, { maxLength: 25 }).map((p) => p.join('')),
    fc.constantFrom(DEFAULT_TEMPLATES.ro, DEFAULT_TEMPLATES.ru),
  );
  fc.assert(
    fc.property(template, (source) => {
      const r = renderTemplate(source, ctx);
      if (r.ok) expect(typeof r.text).toBe('string');
      else for (const i of r.issues) expect(i.line >= 1 && i.column >= 1).toBe(true);
      if (/constructor|__proto__/.test(source) && r.ok) expect(r.text).not.toMatch(/function|\[native code\]|Object\]/);
    }),
    { numRuns: RUNS },
  );
}, 600_000);
