/** The pane's host logic over the Excel double: automatic re-validation when the workbook changes. */
import { generatePlan } from '../bench/generate';
import { validate } from '../src/host/commands';
import { defaultSettings } from '../src/host/settings';
import { revalidateOnChange } from '../src/host/watch';
import { WorkbookDouble } from './helpers/excel-double';
import { hostOver } from './helpers/excel-host';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('edits re-validate once they pause, with the validation (and settings) of that moment', async () => {
  const model = new WorkbookDouble();
  const plan = generatePlan(10);
  model.addSheet('Plan', plan.rows, plan.merges);
  const { host } = hostOver(model);
  const runs: string[] = [];
  let current = () => void runs.push('first settings');
  const off = await revalidateOnChange(host, () => current, 20);
  await model.fireChanged();
  await model.fireChanged();
  current = () => void runs.push('settings saved since');
  await tick(60);
  expect(runs).toEqual(['settings saved since']);
  off();
  await tick(0);
  await model.fireChanged();
  await tick(60);
  expect(runs).toEqual(['settings saved since']);
  expect(model.handlers).toHaveLength(0);
});

test('a re-validation reads the sheet as it is now', async () => {
  const model = new WorkbookDouble();
  const plan = generatePlan(10);
  model.addSheet('Plan', plan.rows, plan.merges);
  const { host } = hostOver(model);
  const results: number[] = [];
  const s = { ...defaultSettings(), allowedStates: ['done' as const] };
  const off = await revalidateOnChange(
    host,
    () => () => void validate(host, s, 'ro').then((a) => results.push(a.findings.filter((f) => f.code === 'invalid_status').length)),
    10,
  );
  const before = (await validate(host, s, 'ro')).findings.filter((f) => f.code === 'invalid_status').length;
  const first = plan.rows.findIndex((r) => /^\d+\.\d+$/.test(String(r[0])));
  model.put(model.sheet('Plan'), first, 6, 'Realizată');
  await model.fireChanged();
  await tick(200);
  off();
  expect(results).toHaveLength(1);
  expect(results[0]).toBeLessThanOrEqual(before);
});
