import { MergedGrid, detectLayout } from '../../src/core/layout';
import { readPlan } from '../../src/core/plan';
import { rowFeatures } from '../../src/core/reading/row-features';
import { unitRow } from '../../src/core/reading/unit-row';
import { sheet } from '../helpers/grid';
import { ministryReportRo } from '../helpers/world-layouts';
import { viewOf } from './view';

describe('rows stage: units, their continuations and titles', () => {
  test("a unit row: the id from its column, each role's cell addressed; the actual date is not the deadline", () => {
    const v = viewOf(ministryReportRo());
    const { row } = unitRow(v, 8, rowFeatures(v, 8).cells);
    expect(row).toMatchObject({
      sheetRow: 9,
      id: '1.1',
      idSource: 'column',
      action: 'Elaborarea regulamentului de funcționare',
      deadline: 'Trimestrul I, 2022',
      statusText: 'Realizat',
    });
    expect(row.cells).toMatchObject({ id: 'A9', action: 'B9', deadline: 'D9', status: 'G9' });
  });

  test('an id leading the action text: taken from it, the cell addressed at the action', () => {
    const v = viewOf(
      sheet('P', [
        ['Action', 'Responsible', 'Status', 'Notes'],
        ['Action 3: Map the services', 'Forum', 'Complete', 'Done in June.'],
      ]),
    );
    const { row } = unitRow(v, 1, rowFeatures(v, 1).cells);
    expect([row.id, row.idSource, row.action, row.cells.id]).toEqual(['3', 'text', 'Map the services', 'A2']);
  });

  test('ro: the signature line under the table is no longer appended to the last action', () => {
    const g = new MergedGrid(ministryReportRo());
    const plan = readPlan(g, detectLayout(g)!);
    expect(plan.rows.map((r) => [r.id, r.action, r.indicators])).toEqual([
      ['1.1', 'Elaborarea regulamentului de funcționare', 'Regulament aprobat'],
      ['1.2', 'Revizuirea procedurilor interne', 'Proceduri revizuite'],
      ['2.1', 'Instruirea personalului', 'Număr de angajați instruiți'],
      ['2.2', 'Crearea registrului electronic', 'Registru funcțional'],
    ]);
  });

  test('a continuation row inside the table still joins the unit above', () => {
    const g = new MergedGrid(
      sheet('P', [
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statut', 'Descriere'],
        ['1.1', 'Elaborarea', 'DGP', 'Trimestrul I 2023', 'Realizat', 'Prima parte.'],
        [null, null, null, null, null, 'A doua parte.'],
        ['1.2', 'Revizuirea', 'DGP', 'Trimestrul II 2023', 'Realizat', 'Text.'],
      ]),
    );
    const plan = readPlan(g, detectLayout(g)!);
    expect(plan.rows.map((r) => r.description)).toEqual(['Prima parte.\nA doua parte.', 'Text.']);
  });
});
