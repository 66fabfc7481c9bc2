import fc from 'fast-check';
import { analyzeWorkbook } from '../../src/core/analyze';
import { CellValue, SheetGrid, columnLetters } from '../../src/core/grid';
import { State } from '../../src/core/status';
import { roundTrip } from '../helpers/xlsx';
import { area } from '../helpers/grid';
import { RUNS } from './arbitraries';

const SPELLINGS: Record<State, string[]> = {
  done: ['Realizată', 'Realizat', 'realizata', 'Îndeplinit', 'Realizată (activitate continuă)'],
  partially_done: ['Realizat parțial', 'Parțial realizat'],
  in_progress: ['În proces de realizare', 'In curs de realizare', 'În desfășurare'],
  initiated: ['Inițiată', 'Initiat'],
  not_started: ['Neiniţiată', 'Neinițiat', 'Nu a fost inițiată'],
  not_done: ['Nerealizată', 'Neîndeplinit'],
  suspended: ['Suspendată'],
  cancelled: ['Anulată', 'Exclus'],
};
const STATE = fc.constantFrom(...(Object.keys(SPELLINGS) as State[]));
const word = fc.stringMatching(/^[A-Z][a-z]{2,10}( [a-z]{2,9}){0,3}$/);

interface Unit {
  state: State;
  status: string;
  deadline: string;
  responsible: string;
  title: string;
  narrative: string;
}
interface Action {
  title: string;
  unit: Unit;
  subs: Unit[];
}
interface Plan {
  objectives: { title: string; actions: Action[] }[];
}

const unit: fc.Arbitrary<Unit> = fc
  .record({
    state: STATE,
    pick: fc.nat(10),
    deadline: fc.constantFrom('Anual', 'Trimestrul IV, 2022', 'Decembrie 2022', '31.12.2022', 'Semestrul I, 2022', 'Permanent'),
    responsible: fc.constantFrom('DIP', 'Cancelaria de Stat', 'Ministerul Finanțelor, DIP'),
    title: word,
    narrative: word,
  })
  .map((u) => ({ ...u, status: SPELLINGS[u.state][u.pick % SPELLINGS[u.state].length], narrative: `${u.narrative}.` }));
const plan: fc.Arbitrary<Plan> = fc.record({
  objectives: fc.array(
    fc.record({ title: word, actions: fc.array(fc.record({ title: word, unit, subs: fc.array(unit, { maxLength: 3 }) }), { minLength: 1, maxLength: 5 }) }),
    { minLength: 1, maxLength: 4 },
  ),
});

/** What reading must give back: each reported unit with its id, parent, objective and state. */
function expected(p: Plan) {
  const out: [string, string | null, string, State][] = [];
  p.objectives.forEach((o, i) =>
    o.actions.forEach((a, j) => {
      const id = `${i + 1}.${j + 1}`;
      if (a.subs.length) a.subs.forEach((s, k) => out.push([`${id}.${k + 1}`, id, String(i + 1), s.state]));
      else out.push([id, null, String(i + 1), a.unit.state]);
    }),
  );
  return out;
}

type Layout = (p: Plan) => SheetGrid;
const TITLE = ['Raport privind implementarea planului pentru semestrul I, 2022'];

const layouts: Record<string, Layout> = {
  'objective heading rows, id column': (p) => {
    const rows: CellValue[][] = [TITLE, ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă']];
    const merges: string[] = [];
    p.objectives.forEach((o, i) => {
      rows.push([`Obiectivul ${i + 1}. ${o.title}`]);
      merges.push(`A${rows.length}:F${rows.length}`);
      o.actions.forEach((a, j) => {
        const id = `${i + 1}.${j + 1}`;
        const line = (uid: string, u: Unit, title: string) => rows.push([uid, title, u.responsible, u.deadline, u.status, u.narrative]);
        if (!a.subs.length) return line(id, a.unit, a.title);
        rows.push([id, a.title]);
        a.subs.forEach((s, k) => line(`${id}.${k + 1}`, s, s.title));
      });
    });
    return { name: 'Plan', rows, merges: merges.map(area) };
  },
  'objective column, sub-actions under a title row': (p) => {
    const rows: CellValue[][] = [TITLE, ['Nr.', 'Obiectiv', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul', 'Comentarii']];
    p.objectives.forEach((o, i) =>
      o.actions.forEach((a, j) => {
        const id = `${i + 1}.${j + 1}`;
        const obj = `Obiectivul ${i + 1}. ${o.title}`;
        if (!a.subs.length) return rows.push([id, obj, a.title, a.unit.responsible, a.unit.deadline, a.unit.status, a.unit.narrative]);
        rows.push([id, obj, a.title]);
        a.subs.forEach((s, k) => rows.push([`${id}.${k + 1}`, obj, s.title, s.responsible, s.deadline, s.status, s.narrative]));
      }),
    );
    return { name: 'Plan', rows, merges: [] };
  },
  'ids leading the text, combined status / description': (p) => {
    const rows: CellValue[][] = [TITLE, ['Acțiunea', 'Responsabil', 'Termen', 'Nivelul de realizare a acțiunii / Descrierea succintă']];
    const merges: string[] = [];
    p.objectives.forEach((o, i) => {
      rows.push([`Obiectiv nr.${i + 1}: ${o.title}`]);
      merges.push(`A${rows.length}:D${rows.length}`);
      o.actions.forEach((a, j) => {
        const id = `${i + 1}.${j + 1}`;
        const line = (uid: string, u: Unit, title: string) => rows.push([`${uid}. ${title}`, u.responsible, u.deadline, `${u.status}. ${u.narrative}`]);
        if (!a.subs.length) return line(id, a.unit, a.title);
        rows.push([`${id} ${a.title}`]);
        a.subs.forEach((s, k) => line(`${id}.${k + 1}`, s, s.title));
      });
    });
    return { name: 'Plan', rows, merges: merges.map(area) };
  },
  'Russian headers, objective merged down, sub-action column': (p) => {
    const rows: CellValue[][] = [
      ['Отчёт за I полугодие 2022'],
      ['№ п/п', 'Цель', 'Мероприятие', 'Подмероприятие', 'Ответственный', 'Срок исполнения', 'Статус', 'Информация о выполнении'],
    ];
    const merges: string[] = [];
    p.objectives.forEach((o, i) => {
      const top = rows.length + 1;
      o.actions.forEach((a, j) => {
        const id = `${i + 1}.${j + 1}`;
        const first = rows.length + 1;
        if (!a.subs.length)
          rows.push([
            id,
            rows.length + 1 === top ? `Цель ${i + 1}. ${o.title}` : null,
            a.title,
            null,
            a.unit.responsible,
            a.unit.deadline,
            a.unit.status,
            a.unit.narrative,
          ]);
        else
          a.subs.forEach((s, k) =>
            rows.push([
              `${id}.${k + 1}`,
              rows.length + 1 === top ? `Цель ${i + 1}. ${o.title}` : null,
              k === 0 ? a.title : null,
              s.title,
              s.responsible,
              s.deadline,
              s.status,
              s.narrative,
            ]),
          );
        if (a.subs.length > 1) merges.push(`C${first}:C${rows.length}`);
      });
      if (rows.length > top) merges.push(`B${top}:B${rows.length}`);
    });
    return { name: 'План', rows, merges: merges.map(area) };
  },
};

function check(p: Plan, g: SheetGrid) {
  const a = analyzeWorkbook({ sheets: [g] });
  const got = a.rows.map((r) => [r.id, r.parent?.id ?? (r.parent ? 'titled' : null), r.objective?.key, r.state]);
  const want = expected(p).map(([id, parent, obj, state]) => [id, parent, obj, state]);
  // Layouts without ids on the title row know the parent by its title, not its id.
  for (let i = 0; i < got.length && i < want.length; i++) if (got[i][1] === 'titled' && want[i][1] !== null) got[i][1] = want[i][1];
  expect(got).toEqual(want);
  const counts: Record<string, number> = {};
  for (const [, , , s] of want) counts[s as string] = (counts[s as string] ?? 0) + 1;
  for (const [s, n] of Object.entries(counts)) expect(a.stats.total.byState[s as State]).toBe(n);
  expect(a.stats.objectives.map((o) => o.key)).toEqual(p.objectives.map((_, i) => String(i + 1)));
  expect(
    a.findings.filter((f) => ['missing_id', 'duplicate_id', 'id_mismatch', 'invalid_status', 'missing_status', 'invalid_deadline'].includes(f.code)),
  ).toEqual([]);
}

describe.each(Object.entries(layouts))('round trip: %s', (_name, layout) => {
  test(`read back as written (${RUNS / 4} plans)`, () => {
    fc.assert(
      fc.property(plan, (p) => check(p, layout(p))),
      { numRuns: RUNS / 4 },
    );
  }, 600_000);

  test('and through an .xlsx file (40 plans)', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const g = layout(p);
        const merges = (g.merges ?? []).map((m) => `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`);
        const wb = await roundTrip([{ name: g.name, rows: g.rows as never, merges }]);
        check(p, wb.sheets[0]);
      }),
      { numRuns: 40 },
    );
  }, 600_000);
});
