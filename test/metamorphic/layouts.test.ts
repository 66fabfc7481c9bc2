/**
 * Metamorphic layout tests: the same plan, rendered in thousands of layouts, must read the same:
 * same rows (ids, titles), states, objectives and areas, deadlines (due dates, overdue), period
 * and statistics as its canonical layout, and as the plan itself says. Issue 19's dimensions
 * (dims.ts) are drawn alone and mixed; a reading that differs and raises no reading finding is
 * silent-wrong, counted per dimension, known limits included.
 */
import { Analysis, analyzeWorkbook } from '../../src/core/analyze';
import { DIMENSION_NAMES, DIMENSION_VALUES, Dimension, DrawMode, dimLabels } from './dims';
import { asDocumented, canonical, facts, firstDifference, floods, forPeriod, summary } from './expect';
import { PlanSpec, samplePlan, syntheticPlan } from './plans';
import { LayoutChoice, drawLayout, renderPlan, renderWorkbook, signature } from './render';
import { Rng } from './rng';
import { Tally, isReadingFinding } from './tally';

const SEED = Number(process.env.LAYOUT_SEED ?? 20261125);
const LAYOUTS = Number(process.env.LAYOUT_RUNS ?? 5000);
const PLANS = 10;
/** LAYOUT_DIMS=period,deadlines: draw only these of issue 19's dimensions (a stream measures its own). */
const ONLY = process.env.LAYOUT_DIMS ? (process.env.LAYOUT_DIMS.split(',') as Dimension[]).filter((d) => DIMENSION_NAMES.includes(d)) : DIMENSION_NAMES;
const VALUES = DIMENSION_VALUES.filter(([d]) => ONLY.includes(d));

/**
 * Dimension values the engine does not yet read right (issue 19, still open), each with the most layouts it may read
 * wrong silently: the figure measured when it was opened (seed 20261125, 5,000 layouts). They are drawn, printed and
 * counted like the rest; their differences are not asserted, and their silent-wrong count may only fall. A mixed
 * layout drawing one of them is tallied as "mixed with open". README's known limits lists each with an example.
 */
const OPEN: Record<string, number> = {
  'missing:deadline': 1,
  'idforms:dash': 0,
  'deadlines:month_cell': 1,
  'statuses:tracker': 1,
  known_limits: 0,
};
/** Mixes are measured and printed, their differences not asserted: each may read wrong silently no more than measured. */
const MIXED_SILENT: Record<string, number> = { 'all mixed': 1, 'mixed with open': 1 };
const isOpen = (labels: string[]) => labels.some((x) => x in OPEN);

/** Layout i's mode: a quarter the old layouts (a fifth of them drawn with known limits), half one dimension alone, a quarter a mix. */
function modeOf(i: number): { mode: DrawMode; knownLimits: boolean } {
  if (i % 4 === 0) return { mode: { kind: 'base' }, knownLimits: i % 20 === 0 };
  if (i % 4 === 3) return { mode: { kind: 'mixed', p: 0.3, only: ONLY }, knownLimits: false };
  const [dim, value] = VALUES[Math.floor(i / 2) % VALUES.length];
  return { mode: { kind: 'solo', dim, value }, knownLimits: false };
}

function labelsOf(l: LayoutChoice, mode: DrawMode, knownLimits: boolean): { alone: string[]; mixed: string[] } {
  if (mode.kind === 'base') return { alone: [knownLimits ? 'known_limits' : 'base'], mixed: [] };
  if (mode.kind === 'solo') return { alone: dimLabels(l.dims), mixed: [] };
  const labels = dimLabels(l.dims);
  return { alone: [], mixed: [isOpen(labels) ? 'mixed with open' : 'all mixed', ...labels.filter((x) => !x.includes(':'))] };
}

describe('the same plan in many layouts reads the same', () => {
  const rng = new Rng(SEED);
  const plans = [samplePlan(), ...Array.from({ length: PLANS - 1 }, (_, i) => syntheticPlan(rng, `synthetic ${i + 1}`))];
  const canon = (p: PlanSpec) => analyzeWorkbook({ sheets: [renderPlan(p, canonical(p))] });

  test.each(plans.map((p) => [p.name, p] as const))('%s: the canonical layout reads as the plan says', (_, plan) => {
    const a = canon(plan);
    expect(a.period).toEqual(plan.period);
    expect(summary(a).rows.map(({ id, action, state, objective, area }) => ({ id, action, state, objective, area }))).toEqual(facts(plan));
    expect(a.findings.filter((f) => f.code === 'role_not_found' || f.code === 'missing_status' || f.code === 'id_mismatch')).toEqual([]);
  });

  test(`${LAYOUTS} layouts (seed ${SEED}) give the canonical reading, and none is wrong silently`, () => {
    const canonical: Analysis[] = plans.map(canon);
    const alone = new Tally();
    const mixed = new Tally();
    const seen = new Set<string>();
    const started = Date.now();
    let [renderMs, analyzeMs] = [0, 0];
    for (let i = 0; i < LAYOUTS; i++) {
      // The plan drawn, not i % PLANS: a dimension value recurs every 62 layouts and would meet only some plans.
      const k = rng.int(0, plans.length - 1);
      const { mode, knownLimits } = modeOf(i);
      const l = drawLayout(rng, plans[k], knownLimits, mode);
      seen.add(signature(l));
      const t0 = Date.now();
      const wb = renderWorkbook(plans[k], l);
      const t1 = Date.now();
      const a = analyzeWorkbook(wb);
      [renderMs, analyzeMs] = [renderMs + t1 - t0, analyzeMs + Date.now() - t1];
      const expected = summary(asDocumented(l.period ? forPeriod(canonical[k], l.period) : canonical[k], plans[k], l), l.dims);
      const got = summary(a, l.dims);
      const flood = floods(a.findings, l.dims);
      const differ = flood || JSON.stringify(got) !== JSON.stringify(expected);
      const silent = differ && !a.findings.some(isReadingFinding);
      const labels = labelsOf(l, mode, knownLimits);
      const example = () => `[${flood ? `missing_${l.dims.missing} on every row` : firstDifference(expected, got)}] ${plans[k].name}: ${signature(l)}`;
      alone.add(labels.alone, differ, silent, example);
      mixed.add(labels.mixed, differ, silent, example);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `metamorphic layouts: ${LAYOUTS} checked, ${seen.size} distinct, in ${seconds} s (drawing and rendering ${renderMs} ms, analysis ${analyzeMs} ms)\n` +
        `${alone.table('alone')}\n${mixed.table('in a mix')}\n` +
        [...alone.counts, ...mixed.counts].flatMap(([k, c]) => c.examples.map((e) => `${k}: ${e}`)).join('\n'),
    );

    // (a) The canonical reading: the old layouts and every dimension value not open, drawn alone.
    const differs: Record<string, number> = { base: alone.get('base').differ };
    for (const [label, c] of alone.counts) if (label.includes(':') && !(label in OPEN)) differs[label] = c.differ;
    expect(differs).toEqual(Object.fromEntries(Object.keys(differs).map((k) => [k, 0])));
    // (b) Never silently wrong outside the open values; an open value (and the mixes drawing one) no more than measured.
    const tallied = [...alone.counts, ...mixed.counts].filter(([k]) => k.includes(':') || ['base', 'known_limits', 'all mixed', 'mixed with open'].includes(k));
    const allowed = (k: string) => OPEN[k] ?? MIXED_SILENT[k] ?? 0;
    const grown = tallied.filter(([k, c]) => c.silent > allowed(k)).map(([k, c]) => `${k}: ${c.silent} silent (allowed ${allowed(k)})`);
    expect(grown).toEqual([]);
  });
});
