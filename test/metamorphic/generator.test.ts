/**
 * The generator's self-test: each of issue 19's dimensions, switched on alone, shows in the
 * rendered workbook (its words, rows, sheets or cells), and switched off, does not; so the
 * metamorphic test cannot go on passing while the generator has stopped drawing a dimension.
 */
import { analyzeWorkbook } from '../../src/core/analyze';
import { Finding } from '../../src/core/findings';
import { CellValue, WorkbookGrid, cellText } from '../../src/core/grid';
import { DIMENSION_VALUES, Dimension, Dims } from './dims';
import { asDocumented, canonical, facts, summary } from './expect';
import { PlanSpec, samplePlan, syntheticPlan } from './plans';
import { LayoutChoice, drawLayout, renderPlan, renderWorkbook, signature } from './render';
import { Rng } from './rng';
import { leadingText } from './table';
import { Tally, isReadingFinding } from './tally';
import { styledDeadline } from './vocab-deadline';
import { decoyTitles, periodWording } from './vocab-period';
import { SPLIT, UNITS, noteRows, styledStatus, totalLabel } from './vocab-rows';
import { HEADERS } from './words';

const rng = new Rng(19);
const plans = [samplePlan(), ...Array.from({ length: 5 }, (_, i) => syntheticPlan(rng, `synthetic ${i + 1}`))];
const actions = (p: PlanSpec) => p.objectives.flatMap((o) => o.areas.flatMap((a) => a.actions));

const texts = (wb: WorkbookGrid) => wb.sheets.flatMap((s) => s.rows.flatMap((r) => r.map((v) => cellText(v))));
const values = (wb: WorkbookGrid): CellValue[] => wb.sheets.flatMap((s) => s.rows.flat());

/** The texts a dimension's value must put in the workbook: drawn from the same vocabularies, checked in the cells. */
function markers(plan: PlanSpec, l: LayoutChoice, dims: Dims): string[] {
  const v = l.statusSpelling;
  if (dims.header2 === 'deadline_split') return [...SPLIT[l.lang]];
  if (dims.header2 === 'units_row') return [UNITS[l.lang].deadline];
  if (dims.notes) return noteRows(dims.notes, l.lang).flatMap((row) => row.map(([, t]) => t));
  if (dims.totals === 'subtotals') return plan.objectives.map((o) => totalLabel('subtotals', l.lang, o.n));
  if (dims.totals) return [totalLabel(dims.totals, l.lang, null)];
  if (dims.period === 'decoys') return decoyTitles(l.period!, l.lang);
  if (dims.period) return [periodWording(dims.period, l.period!, l.lang, l.periodWording)!];
  if (dims.idforms) return actions(plan).map((a) => leadingText(a, l));
  if (dims.levels === 'words') return [l.levelWords![0].replace('{n}', '1').trim()];
  if (dims.statuses) return actions(plan).flatMap((a, i) => styledStatus(dims.statuses!, a.state, l.lang, v + i) ?? []);
  if (dims.deadlines && dims.deadlines !== 'month_cell')
    return actions(plan).flatMap((a, i) => {
      const d = styledDeadline(dims.deadlines!, a.deadline, l.lang, v + i);
      return d ? [String(d.value)] : [];
    });
  return [];
}

/** Checks that are not words: a numbering row, a two-row header, sheets, an absent column, date cells, "1." headings. */
function shapeHolds(plan: PlanSpec, l: LayoutChoice, wb: WorkbookGrid, dims: Dims): boolean {
  const sheet = wb.sheets[wb.sheets.length - 1];
  const all = texts(wb);
  switch (true) {
    case dims.header2 === 'numbering_row':
      return sheet.rows.some((r) => r.length > 2 && r.every((c, i) => c === i + 1));
    case dims.header2 === 'upper_anywhere':
      return (sheet.merges ?? []).some((m) => m.top === m.bottom && m.right === m.left + 1 && m.left === l.upperAt);
    case dims.sheets !== undefined:
      return wb.sheets.length === plan.objectives.length + 1 && all.some((t) => /\d{4}/.test(t));
    case dims.missing === 'id':
      return !actions(plan).some((a) => all.some((t) => t === a.id || t.startsWith(`${a.id} `) || t.startsWith(`${a.id}. `)));
    case dims.missing !== undefined:
      return !l.order.includes(dims.missing!) && !(HEADERS[l.lang][dims.missing!] ?? []).some((h) => all.includes(h));
    case dims.deadlines === 'month_cell':
      return !actions(plan).some((a) => a.deadline.kind === 'month') || values(wb).some((c) => c instanceof Date);
    case dims.levels === 'dot_headings':
      return all.some((t) => t.startsWith(`1. ${plan.objectives[0].title}`));
    default:
      return true;
  }
}

describe('the generator draws each dimension of issue 19', () => {
  test.each(DIMENSION_VALUES.map(([d, v]) => [`${d}:${v}`, d, v] as const))('%s shows in the rendered workbook, alone', (_, dim, value) => {
    let shown = 0;
    for (let i = 0; i < 24; i++) {
      const plan = plans[i % plans.length];
      const l = drawLayout(rng, plan, false, { kind: 'solo', dim: dim as Dimension, value });
      expect(l.dims).toEqual({ [dim]: value });
      const wb = renderWorkbook(plan, l);
      const all = texts(wb);
      const want = markers(plan, l, l.dims);
      expect(want.filter((m) => !all.includes(m) && !all.some((t) => t.startsWith(m)))).toEqual([]);
      expect(shapeHolds(plan, l, wb, l.dims)).toBe(true);
      if (want.length || dim === 'header2' || dim === 'sheets' || dim === 'missing' || dim === 'levels' || dim === 'deadlines') shown++;
    }
    // A dimension that only applies to some plans (deadline or status wordings) still applies to most layouts.
    expect(shown).toBeGreaterThan(12);
  });

  test('switched off, no dimension leaves its words in the workbook', () => {
    for (let i = 0; i < 60; i++) {
      const plan = plans[i % plans.length];
      const l = drawLayout(rng, plan);
      expect(l.dims).toEqual({});
      const all = texts(renderWorkbook(plan, l));
      for (const [dim, value] of DIMENSION_VALUES) {
        if (dim === 'statuses' || dim === 'deadlines' || dim === 'period' || dim === 'levels') continue;
        const other = drawLayout(new Rng(i), plan, false, { kind: 'solo', dim, value });
        const unique = markers(plan, { ...other, lang: l.lang }, other.dims).filter((m) => !/^\d+$/.test(m));
        expect([dim, value, unique.filter((m) => all.includes(m))]).toEqual([dim, value, []]);
      }
    }
  });

  test('the signature records every dimension drawn', () => {
    const l = drawLayout(rng, plans[1], false, { kind: 'mixed', p: 1 });
    const sig = JSON.parse(signature(l)) as LayoutChoice;
    expect(Object.keys(sig.dims).sort()).toEqual(
      DIMENSION_VALUES.map(([d]) => d)
        .filter((d, i, a) => a.indexOf(d) === i)
        .sort(),
    );
  });
});

describe('the silent-wrong count', () => {
  const f = (code: string) => ({ code }) as Finding;

  test('a reading finding is one whose code starts with reading_, or a role, period or header not found', () => {
    expect(['reading_period_fallback', 'role_not_found', 'period_not_found', 'header_not_found'].map((c) => isReadingFinding(f(c)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['missing_id', 'invalid_deadline', 'status_inferred', 'overdue'].map((c) => isReadingFinding(f(c)))).toEqual([false, false, false, false]);
  });

  test('counts per label: checked, differ, silent; an example is kept for the silent ones', () => {
    const t = new Tally();
    t.add(['a', 'a:x'], false, false, () => 'ok');
    t.add(['a', 'a:y'], true, false, () => 'said');
    t.add(['a', 'a:y'], true, true, () => 'quiet');
    expect([t.get('a'), t.get('a:y').silent, t.get('none').checked]).toEqual([{ checked: 3, differ: 2, silent: 1, examples: ['said', 'SILENT quiet'] }, 1, 0]);
  });
});

describe("the tracker statuses' expected reading follows docs/statuses.md", () => {
  const plan = plans[1];
  const canon = analyzeWorkbook({ sheets: [renderPlan(plan, canonical(plan))] });
  const layout = (statuses: Dims['statuses'], lang: LayoutChoice['lang']): LayoutChoice => ({ ...canonical(plan), lang, dims: { statuses } });

  test.each(['ro', 'ru', 'en'] as const)('RAG colours and delays (%s): in progress is proposed, not counted', (lang) => {
    const expected = asDocumented(canon, plan, layout('rag', lang));
    const meant = facts(plan).map((f) => f.state);
    expect(meant).toContain('in_progress');
    expected.rows.forEach((r, i) => expect(r.state).toBe(meant[i] === 'in_progress' ? null : canon.rows[i].state));
    expect(summary(expected).rows.map((r) => r.proposed)).toEqual(meant.map((s) => (s === 'in_progress' ? 'in_progress' : null)));
    expect(expected.stats.total.byState.in_progress ?? 0).toBe(0);
  });

  test('a certain phrase (100 %) is counted as the plan says', () => {
    const expected = asDocumented(canon, plan, layout('percent', 'en'));
    expect(expected.rows.map((r) => r.state)).toEqual(canon.rows.map((r) => r.state));
  });
});
