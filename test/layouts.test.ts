import { analyzeWorkbook } from '../src/core/analyze';
import { flat } from './helpers/grid';
import { roundTrip } from './helpers/xlsx';

describe('a plan laid out differently from the sample', () => {
  // No id column (ids lead the text), sub-actions under an action title row, a combined
  // status / description column, objective headings merged across, a column-numbering row,
  // month-only deadlines with the year in the title, a continuation row, an empty row and an
  // abbreviations sheet.
  const sheets = [
    {
      name: 'Raport',
      rows: [
        ['Raport privind implementarea Planului de acțiuni al Agenției'],
        ['pentru semestrul I, 2022'],
        ['Acțiunea', 'Responsabil', 'Termen de realizare', 'Indicatori de progres', 'Nivelul de realizare a acțiunii / Descrierea succintă'],
        [1, 2, 3, 4, 5],
        ['Obiectivul nr. 1: Digitalizarea serviciilor'],
        ['1.1. Modernizarea portalului'],
        ['1.1.1 Analiza cerințelor', 'DIP', 'Martie', 'Număr de rapoarte', 'Realizat. Analiza a fost aprobată prin ordin.'],
        ['1.1.2 Dezvoltarea modulului', 'DIP, SACSI', 'Iunie', 'Modul funcțional', 'În proces de realizare. (activitate continuă) Modulul este în testare.'],
        [null, null, null, null, 'Testarea se va încheia în iulie.'],
        [],
        ['1.2 Instruirea personalului', 'SACSI', 'Decembrie', 'Număr de persoane', 'Neinițiată. Nu au fost alocate fonduri.'],
        ['Obiectiv nr.2: Transparență'],
        ['2.1 Publicarea datelor deschise', 'DPD', 'Pe parcursul anului', 'Seturi publicate', 'Ministerul a publicat 10 seturi.'],
        ['2.2 Raportarea anuală', 'DXX', 'Iunie', 'Raport', 'Realizată. Raportul a fost publicat.'],
      ],
      merges: ['A1:E1', 'A2:E2', 'A5:E5', 'A12:E12'],
    },
    {
      name: 'Abrevieri',
      rows: [['DIP – Direcția implementare proiecte'], ['SACSI', 'Secția analiză, control și sinteză informațională'], ['DPD', 'Direcția politici digitale']],
    },
  ];

  test('rows, ids, parents, objectives, states and deadlines', async () => {
    const a = analyzeWorkbook(await roundTrip(sheets));
    expect(a.sheet).toBe('Raport');
    expect(a.period).toMatchObject({ kind: 'semester', n: 1, year: 2022 });
    expect(a.rows.map((r) => [r.id, r.action, r.parent?.id ?? null, r.objective?.key, r.state, r.due])).toEqual([
      ['1.1.1', 'Analiza cerințelor', '1.1', '1', 'done', '2022-03-31'],
      ['1.1.2', 'Dezvoltarea modulului', '1.1', '1', 'in_progress', '2022-06-30'],
      ['1.2', 'Instruirea personalului', null, '1', 'not_started', '2022-12-31'],
      ['2.1', 'Publicarea datelor deschise', null, '2', null, '2022-12-31'],
      ['2.2', 'Raportarea anuală', null, '2', 'done', '2022-06-30'],
    ]);
    expect(a.rows[0].parent?.title).toBe('Modernizarea portalului');
    expect(a.rows[1].qualifiers).toEqual(['continuing']);
    expect(a.rows[1].description).toBe('Modulul este în testare.\nTestarea se va încheia în iulie.');
    expect(a.rows[0].description).toBe('Analiza a fost aprobată prin ordin.');
    expect(a.rows[0].cells.id).toBe('A7');
  });

  test('findings: narrative with no status, a code missing from the abbreviations, the overdue sub-action', async () => {
    const a = analyzeWorkbook(await roundTrip(sheets));
    expect(flat(a.findings)).toEqual(['B14 unknown_responsible', 'C8 overdue', 'E13 missing_status']);
  });

  test('statistics per responsible unit use the abbreviations', async () => {
    const a = analyzeWorkbook(await roundTrip(sheets));
    const resp = Object.fromEntries(a.stats.responsible.map((g) => [g.key, [g.rows, g.title]]));
    expect(resp).toEqual({
      DIP: [2, 'Direcția implementare proiecte'],
      SACSI: [2, 'Secția analiză, control și sinteză informațională'],
      DPD: [1, 'Direcția politici digitale'],
      DXX: [1, 'DXX'],
    });
  });
});

describe('a Russian plan with a two-row header, an objective column and sub-actions merged down', () => {
  const long = 'а'.repeat(32767);
  const sheets = [
    {
      name: 'План',
      rows: [
        ['Отчёт о выполнении плана мероприятий за I полугодие 2023'],
        ['№ п/п', 'Цель', 'Мероприятия', null, 'Ответственный', 'Срок исполнения', 'Статус', 'Информация о выполнении'],
        [null, null, 'Действие', 'Подмероприятие'],
        [
          '1.1.1',
          'Цель 1. Открытость',
          'Обеспечить доступ к данным',
          'Подготовить проект',
          'МФ',
          new Date(Date.UTC(2023, 2, 31)),
          'Выполнено',
          'Проект утверждён.',
        ],
        ['1.1.2', null, null, 'Опубликовать данные', 'МФ; МЭ', 'II квартал 2023', 'В процессе выполнения', { error: '#REF!' }],
        ['1.2', null, 'Провести обучение', null, 'АЭУ', 'ежегодно', 'Не начато', long],
        ['2.1', 'Цель 2. Подотчётность', 'Публиковать отчёт', null, 'ГК', 'постоянно', 'Отменено', 'Исключено решением совета.'],
      ],
      merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'B4:B6', 'C4:C5'],
    },
  ];

  test('reads roles from both header rows, objectives and actions merged down', async () => {
    const a = analyzeWorkbook(await roundTrip(sheets as never));
    expect(a.lang).toBe('ru');
    expect(a.layout?.columns).toMatchObject({ id: 0, objective: 1, action: 2, subaction: 3, responsible: 4, deadline: 5, status: 6, description: 7 });
    expect(a.rows.map((r) => [r.id, r.action, r.parent?.title ?? null, r.objective?.key, r.state, r.due])).toEqual([
      ['1.1.1', 'Подготовить проект', 'Обеспечить доступ к данным', '1', 'done', '2023-03-31'],
      ['1.1.2', 'Опубликовать данные', 'Обеспечить доступ к данным', '1', 'in_progress', '2023-06-30'],
      ['1.2', 'Провести обучение', null, '1', 'not_started', '2023-12-31'],
      ['2.1', 'Публиковать отчёт', null, '2', 'cancelled', null],
    ]);
    expect(a.rows[2].description).toHaveLength(32767);
    expect(a.rows[1].responsibleUnits).toEqual(['МФ', 'МЭ']);
  });

  test('a formula error is named at its cell; cancelled rows leave the completion base', async () => {
    const a = analyzeWorkbook(await roundTrip(sheets as never));
    expect(flat(a.findings)).toEqual(['F5 overdue', 'H5 cell_error']);
    expect(a.stats.total).toMatchObject({ rows: 4, completionRate: 1 / 3, startedRate: 2 / 3, due: 2, doneAmongDue: 1, overdue: 1 });
  });
});

describe('an English plan with a repeated objective column and the period as an option', () => {
  const sheets = [
    {
      name: 'Plan',
      rows: [
        ['No.', 'Objective', 'Action', 'Responsible', 'Deadline', 'Indicators', 'Status', 'Comments'],
        ['1.1', '1. Open data', 'Publish datasets', 'e-Gov Agency', 'Q1 2024', 'Datasets', 'Done', 'Published 12 datasets.'],
        ['1.2', '1. Open data', 'Train staff', 'e-Gov Agency', 'H1 2024', 'People trained', 'In progress', 'Two of four sessions held.'],
        ['2.1', '2. Services', 'Launch portal', 'Public Services Agency', 'Annually', 'Portal live', 'On hold', 'Waiting for funding.'],
      ],
    },
  ];

  test('reads it with the period given as an option', async () => {
    const a = analyzeWorkbook(await roundTrip(sheets), { period: 'S1-2024' });
    expect(a.lang).toBe('en');
    expect(a.rows.map((r) => [r.id, r.objective?.key, r.state, r.isOverdue])).toEqual([
      ['1.1', '1', 'done', false],
      ['1.2', '1', 'in_progress', true],
      ['2.1', '2', 'suspended', false],
    ]);
    expect(flat(a.findings)).toEqual(['E3 overdue']);
    expect(a.stats.objectives.map((o) => [o.key, o.rows, o.completionRate])).toEqual([
      ['1', 2, 0.5],
      ['2', 1, 0],
    ]);
  });

  test('the user overrides detection: header row and column roles', async () => {
    const grid = await roundTrip(sheets);
    const a = analyzeWorkbook(grid, { period: 'S1-2024', headerRow: 1, columns: { description: 'F' } });
    expect(a.layout?.columns.description).toBe(5);
    expect(a.layout?.columns.indicators).toBeUndefined();
  });
});
