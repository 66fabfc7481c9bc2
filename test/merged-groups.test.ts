import { analyzeSheet } from '../src/core/analyze';
import { sheet } from './helpers/grid';

describe('group labels merged down a column', () => {
  const row = (group: string, activity: string, status: string) => [group, activity, 'e-Gov Agency', '31.12.2022', status, 'Work reported.'];
  const rows = [
    ['2022 Action Plan Progress'],
    ['Action', 'Activity', 'Responsible party', 'Due date', 'Status', 'Progress'],
    ['Agency Actions'],
    row('Action 1: Improve access to information', 'Publish the datasets', 'Completed'),
    row('', 'Train the staff', 'In progress'),
    row('Action 2: Open the consultations', 'Open the portal', 'Not started'),
    row('', 'Hold the hearings', 'Completed'),
    row('', 'Report on the hearings', 'In progress'),
    ['Civil Society Actions'],
    row('Action 3: Monitor the services', 'Survey the users', 'Completed'),
    row('', 'Publish the survey', 'Not started'),
    row('Action 4: Train the journalists', 'Hold the workshops', 'In progress'),
    row('', 'Publish the guide', 'Completed'),
  ];
  const expected = [
    ['Agency Actions', '1', 'Action 1: Improve access to information', 'Publish the datasets', 'done'],
    ['Agency Actions', '1', 'Action 1: Improve access to information', 'Train the staff', 'in_progress'],
    ['Agency Actions', '2', 'Action 2: Open the consultations', 'Open the portal', 'not_started'],
    ['Agency Actions', '2', 'Action 2: Open the consultations', 'Hold the hearings', 'done'],
    ['Agency Actions', '2', 'Action 2: Open the consultations', 'Report on the hearings', 'in_progress'],
    ['Civil Society Actions', '3', 'Action 3: Monitor the services', 'Survey the users', 'done'],
    ['Civil Society Actions', '3', 'Action 3: Monitor the services', 'Publish the survey', 'not_started'],
    ['Civil Society Actions', '4', 'Action 4: Train the journalists', 'Hold the workshops', 'in_progress'],
    ['Civil Society Actions', '4', 'Action 4: Train the journalists', 'Publish the guide', 'done'],
  ];
  const check = (a: ReturnType<typeof analyzeSheet>) => {
    expect(a.rows.map((r) => [r.objective?.title, r.area?.key, r.area?.title, r.action, r.state])).toEqual(expected);
    expect(a.rows.map((r) => r.objective?.key)).toEqual(['1', '1', '1', '1', '1', '2', '2', '2', '2']);
    expect(a.objectives?.length ?? new Set(a.rows.map((r) => r.objective?.title)).size).toBe(2);
    expect(new Set(a.rows.map((r) => r.area?.title)).size).toBe(4);
  };
  const merges = ['A1:F1', 'A3:F3', 'A9:F9'];

  test.each([
    ['merged down', [...merges, 'A4:A5', 'A6:A8', 'A10:A11', 'A12:A13'], 'Action'],
    ['written on the first row only', merges, 'Action'],
    ['merged down under an empty header', [...merges, 'A4:A5', 'A6:A8', 'A10:A11', 'A12:A13'], ''],
  ])('%s: objectives from heading rows, areas from the column', (_name, m, header) => {
    const grid = rows.map((r, i) => (i === 1 ? [header, ...r.slice(1)] : r));
    check(analyzeSheet(sheet('Report', grid, m)));
  });
});

test('a merged-down first column of "Obiectivul N." labels is the objective level; ids are checked against it', () => {
  const row = (o: string, id: string, action: string) => [o, id, action, 'DIP', 'Anual', 'Realizat', 'Făcut.'];
  const a = analyzeSheet(
    sheet(
      'P',
      [
        ['Raport pentru semestrul I 2022'],
        ['', 'Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul', 'Comentarii'],
        row('Obiectivul 1. Transparență', '1.1', 'Prima'),
        row('', '1.2', 'A doua'),
        row('Obiectivul 2. Servicii', '2.1', 'A treia'),
        row('', '1.3', 'A patra'),
      ],
      ['A3:A4', 'A5:A6'],
    ),
  );
  expect(a.rows.map((r) => [r.objective?.key, r.objective?.title, r.area, r.action])).toEqual([
    ['1', 'Obiectivul 1. Transparență', null, 'Prima'],
    ['1', 'Obiectivul 1. Transparență', null, 'A doua'],
    ['2', 'Obiectivul 2. Servicii', null, 'A treia'],
    ['2', 'Obiectivul 2. Servicii', null, 'A patra'],
  ]);
  expect(a.findings.filter((f) => f.code !== 'status_inferred').map((f) => `${f.cell} ${f.code}`)).toEqual(['B6 id_mismatch']);
});
