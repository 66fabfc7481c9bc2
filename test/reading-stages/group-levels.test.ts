import { analyzeSheet } from '../../src/core/analyze';
import { directionsRu, levelWordsRo, ministryReportRo, resultsFrameworkEn, unnamedGroupColumnEn } from '../helpers/world-layouts';
import { sheet } from '../helpers/grid';

const groups = (a: ReturnType<typeof analyzeSheet>) => a.rows.map((r) => [r.id, r.objective?.key ?? null, r.area?.key ?? null]);

describe('groups stage: levels from words, numbering and merges together', () => {
  test('ro: "1." headings merged across, nothing above them, are objectives', () => {
    const a = analyzeSheet(ministryReportRo());
    expect(a.objectives.map((o) => o.title)).toEqual(['1. Consolidarea cadrului normativ', '2. Dezvoltarea capacităților instituționale']);
    expect(a.areas).toEqual([]);
    expect(groups(a)).toEqual([
      ['1.1', '1', null],
      ['1.2', '1', null],
      ['2.1', '2', null],
      ['2.2', '2', null],
    ]);
  });

  test('ro: "Prioritatea" is an objective, "Direcția de acțiune" an area', () => {
    const a = analyzeSheet(levelWordsRo());
    expect(a.objectives.map((o) => o.key)).toEqual(['1', '2']);
    expect(a.areas.map((o) => o.title)).toEqual([
      'Direcția de acțiune 1.1 Digitalizarea',
      'Direcția de acțiune 1.2 Ghișeul unic',
      'Direcția de acțiune 2.1 Consultări publice',
    ]);
    expect(groups(a)).toEqual([
      ['1.1.1', '1', '1'],
      ['1.2.1', '1', '2'],
      ['2.1.1', '2', '3'],
    ]);
  });

  test('ru: "Направление" headings, the plan\'s only level, are its objectives (nothing above them, as "1." headings)', () => {
    const a = analyzeSheet(directionsRu());
    expect(a.objectives.map((o) => o.key)).toEqual(['1', '2']);
    expect(groups(a)).toEqual([
      ['1.1', '1', null],
      ['1.2', '1', null],
      ['2.1', '2', null],
    ]);
  });

  test('ru: "Направление" over "Задача", en: "Pillar" over "Outcome": the level word met first is the objective', () => {
    const ru = analyzeSheet(
      sheet(
        'П',
        [
          ['№', 'Мероприятие', 'Ответственный', 'Срок', 'Статус'],
          ['Направление 1. Открытые данные'],
          ['Задача 1. Публикация'],
          ['1.1', 'Публикация наборов данных', 'Отдел ИТ', 'II квартал 2023', 'Выполнено'],
          ['Направление 2. Кадры'],
          ['Задача 2. Обучение'],
          ['2.1', 'Обучение сотрудников', 'Отдел кадров', 'III квартал 2023', 'Не начато'],
        ],
        ['A2:E2', 'A3:E3', 'A5:E5', 'A6:E6'],
      ),
    );
    expect(ru.objectives.map((o) => o.title)).toEqual(['Направление 1. Открытые данные', 'Направление 2. Кадры']);
    expect(groups(ru)).toEqual([
      ['1.1', '1', '1'],
      ['2.1', '2', '2'],
    ]);
    const en = analyzeSheet(
      sheet(
        'P',
        [
          ['No.', 'Activity', 'Responsible', 'Timeline', 'Status'],
          ['Pillar 1: Services'],
          ['Outcome 1: Better services'],
          ['1.1', 'Open two centres', 'Ministry office', 'Q2 2023', 'Completed'],
          ['Pillar 2: Budgets'],
          ['Outcome 2: Open budgets'],
          ['2.1', 'Publish the guides', 'Finance unit', 'Q1 2023', 'Completed'],
        ],
        ['A2:E2', 'A3:E3', 'A5:E5', 'A6:E6'],
      ),
    );
    expect(en.objectives.map((o) => o.title)).toEqual(['Pillar 1: Services', 'Pillar 2: Budgets']);
    expect(en.areas.map((o) => o.title)).toEqual(['Outcome 1: Better services', 'Outcome 2: Open budgets']);
  });

  test('en: "Outcome 1:" over "Output 1.1:" headings', () => {
    const a = analyzeSheet(
      sheet(
        'P',
        [
          ['No.', 'Activity', 'Responsible', 'Timeline', 'Status'],
          ['Outcome 1: Better services'],
          ['Output 1.1: Service centres'],
          ['1.1.1', 'Open two centres', 'Ministry office', 'Q2 2023', 'Completed'],
          ['Outcome 2: Open budgets'],
          ['Output 2.1: Budget guides'],
          ['2.1.1', 'Publish the guides', 'Finance unit', 'Q1 2023', 'Completed'],
        ],
        ['A2:E2', 'A3:E3', 'A5:E5', 'A6:E6'],
      ),
    );
    expect(a.objectives.map((o) => o.key)).toEqual(['1', '2']);
    expect(a.areas.map((o) => o.title)).toEqual(['Output 1.1: Service centres', 'Output 2.1: Budget guides']);
  });

  test('en: an "Output" column merged down over its activities is a level, labels without a level word', () => {
    const a = analyzeSheet(resultsFrameworkEn());
    expect(a.areas.map((o) => [o.title, o.cell])).toEqual([
      ['Improved access to public services', 'A3'],
      ['Stronger local budgeting', 'A5'],
    ]);
    expect(a.rows.map((r) => [r.id, r.area?.title])).toEqual([
      ['A1.1', 'Improved access to public services'],
      ['A1.2', 'Improved access to public services'],
      ['A2.1', 'Stronger local budgeting'],
      ['A2.2', 'Stronger local budgeting'],
      ['A2.3', 'Stronger local budgeting'],
    ]);
  });

  test('en: an unnamed first column, each label merged down over its actions, is a level', () => {
    const a = analyzeSheet(unnamedGroupColumnEn());
    expect(a.objectives.map((o) => o.title)).toEqual(['Access to information', 'Civic participation']);
    expect(groups(a)).toEqual([
      ['1.1', '1', null],
      ['1.2', '1', null],
      ['2.1', '2', null],
      ['2.2', '2', null],
    ]);
  });
});

describe('groups stage: an unnumbered objective in the action column over numbered areas', () => {
  const rows = [
    ['Activitatea', 'Stadiul realizării', 'Termen'],
    ['Sporirea accesului la informație'],
    ['1. Date deschise'],
    ['1.1 Evaluarea necesităților', 'Realizată', 'Anual'],
    ['1.2 Publicarea datelor', 'Realizată', 'Anual'],
    ['Cooperarea cu societatea civilă'],
    ['2. Platforme de colaborare'],
    ['2.1 Participarea electronică', 'Realizată', 'Trimestrul II 2023'],
  ];

  test('ro: a title with no number right above a heading is the objective, not an action', () => {
    const a = analyzeSheet(sheet('P', rows));
    expect(a.rows.map((r) => r.id)).toEqual(['1.1', '1.2', '2.1']);
    expect(a.objectives.map((o) => o.title)).toEqual(['Sporirea accesului la informație', 'Cooperarea cu societatea civilă']);
    expect(groups(a)).toEqual([
      ['1.1', '1', '1'],
      ['1.2', '1', '1'],
      ['2.1', '2', '2'],
    ]);
  });

  test('negative: an action with no status yet, over sub-actions, stays a title of its sub-actions', () => {
    const a = analyzeSheet(
      sheet('P', [rows[0], rows[2], ['1.1 Evaluarea necesităților'], ['a) chestionarul', 'Realizată', 'Anual'], ['b) raportul', 'Realizată', 'Anual']]),
    );
    expect(a.objectives.map((o) => o.title)).toEqual(['1. Date deschise']);
  });
});

describe('groups stage: a numbered heading in a narrative first column, next in its sequence', () => {
  test('ro: "VI." after the heading "V." is the next area, not more text of the action above', () => {
    const a = analyzeSheet(
      sheet(
        'P',
        [
          ['Descrierea succintă', 'Statut', 'Termen', 'Acțiunea'],
          ['1. Accesul la informație', null, null, null],
          ['V. Date deschise'],
          ['Au fost publicate seturi.', 'Realizat', 'Anual', '1.1 Publicarea datelor'],
          ['VI. Dezvoltarea serviciilor publice centrate pe cetățean prin optimizarea și eficientizarea proceselor de prestare a serviciilor publice'],
          ['Raport publicat.', 'Realizat', 'Anual', '2.1 Publicarea bugetului'],
        ],
        ['A2:D2'],
      ),
    );
    expect(a.areas.map((o) => o.key)).toEqual(['5', '6']);
    expect(a.rows.map((r) => [r.id, r.area?.key, r.description])).toEqual([
      ['1.1', '5', 'Au fost publicate seturi.'],
      ['2.1', '6', 'Raport publicat.'],
    ]);
  });
});

describe('groups stage: blocks and nested grouping columns', () => {
  test("en: blocks each with its own header, the first block's heading above the first header", () => {
    const header = ['Milestone', 'Measurement', 'Owner', 'Target Date', 'Status'];
    const a = analyzeSheet(
      sheet('P', [
        ['2021 Action Plan'],
        ['Action 1: Assess the data'],
        header,
        ['1.1 Assess data assets for fitness of purpose', 'Progress', 'Data office', 'December 31, 2021', 'In progress'],
        ['1.2 Acquire the data needed', 'Progress', 'Data office', 'December 31, 2021', 'Not started'],
        ['Action 2: Mature data governance'],
        header,
        ['2.1 Agency budget submissions include data needs', 'Completion', 'Finance unit', 'December 31, 2021', 'Completed'],
      ]),
    );
    expect(a.rows.map((r) => [r.id, r.area?.title])).toEqual([
      ['1.1', 'Action 1: Assess the data'],
      ['1.2', 'Action 1: Assess the data'],
      ['2.1', 'Action 2: Mature data governance'],
    ]);
    expect(a.reading?.rows.filter((x) => x.cls === 'header').map((x) => x.row)).toEqual([3, 7]);
  });

  test('en: "Theme" holding "Commitment": the column whose groups hold the other\'s is the objective', () => {
    const a = analyzeSheet(
      sheet('P', [
        ['Theme', 'Commitment', 'ID', 'Sub-Commitment', 'Agency', 'Status'],
        ['Open data', 'Publish registers', '1.1', 'Publish the court register', 'Courts office', 'In progress'],
        ['Open data', 'Publish registers', '1.2', 'Publish the land register', 'Land agency', 'Not started'],
        ['Open data', 'Open budgets', '2.1', 'Publish the budget data', 'Finance unit', 'In progress'],
        ['Civic space', 'Consultations', '3.1', 'Open the consultation portal', 'Digital agency', 'In progress'],
        ['Civic space', 'Hearings', '4.1', 'Hold regional hearings', 'Digital agency', 'Not started'],
      ]),
    );
    expect(a.objectives.map((o) => o.title)).toEqual(['Open data', 'Civic space']);
    expect(a.areas.map((o) => o.title)).toEqual(['Publish registers', 'Open budgets', 'Consultations', 'Hearings']);
  });
});
