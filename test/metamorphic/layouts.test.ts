/**
 * Metamorphic layout tests: the same plan, rendered in thousands of layouts, must read the same:
 * same rows (ids, titles), states, objectives and areas, deadlines (due dates, overdue), period
 * and statistics as its canonical layout, and as the plan itself says.
 */
import { analyzeSheet } from '../../src/core/analyze';
import { canonical, facts, summary } from './expect';
import { samplePlan, syntheticPlan } from './plans';
import { drawLayout, renderPlan, signature } from './render';
import { Rng } from './rng';

const SEED = Number(process.env.LAYOUT_SEED ?? 20261125);
const LAYOUTS = Number(process.env.LAYOUT_RUNS ?? 2000);
const PLANS = 10;

describe('the same plan in many layouts reads the same', () => {
  const rng = new Rng(SEED);
  const plans = [samplePlan(), ...Array.from({ length: PLANS - 1 }, (_, i) => syntheticPlan(rng, `synthetic ${i + 1}`))];
  const seen = new Set<string>();
  const failures: string[] = [];
  let checked = 0;

  test.each(plans.map((p) => [p.name, p] as const))('%s: the canonical layout reads as the plan says', (_, plan) => {
    const a = analyzeSheet(renderPlan(plan, canonical(plan)));
    expect(a.period).toEqual(plan.period);
    expect(summary(a).rows.map(({ id, action, state, objective, area }) => ({ id, action, state, objective, area }))).toEqual(facts(plan));
    expect(a.findings.filter((f) => f.code === 'role_not_found' || f.code === 'missing_status' || f.code === 'id_mismatch')).toEqual([]);
  });

  test(`${LAYOUTS} layouts (seed ${SEED}) give the canonical reading`, () => {
    const expected = plans.map((p) => summary(analyzeSheet(renderPlan(p, canonical(p)))));
    for (let i = 0; i < LAYOUTS; i++) {
      const k = i % plans.length;
      const layout = drawLayout(rng, plans[k]);
      seen.add(signature(layout));
      const got = summary(analyzeSheet(renderPlan(plans[k], layout)));
      checked++;
      if (JSON.stringify(got) !== JSON.stringify(expected[k])) failures.push(`${plans[k].name}: ${signature(layout)}`);
    }

    console.log(`metamorphic layouts: ${checked} checked, ${seen.size} distinct, ${failures.length} differ`);
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
