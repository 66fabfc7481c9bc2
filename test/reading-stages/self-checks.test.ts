import { analyzeSheet } from '../../src/core/analyze';
import { findingMessage } from '../../src/core/messages';
import { flat, sheet } from '../helpers/grid';
import { ministryReportRo, planWithTotalsRu } from '../helpers/world-layouts';

// The period's own doubts (reading_period_*) are the period stage's; these tests are about the table's.
const reading = (a: ReturnType<typeof analyzeSheet>) => a.findings.filter((f) => f.code.startsWith('reading_') && !f.code.startsWith('reading_period_'));

describe('self-check (a): rows after the notes that look like actions', () => {
  const rows = [
    ['Raport pentru semestrul I, 2023'],
    ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statut'],
    ['1.1', 'Elaborarea regulamentului', 'DGP', 'Trimestrul I 2023', 'Realizat'],
    ['1.2', 'Revizuirea procedurilor', 'DGP', 'Trimestrul II 2023', 'Realizat'],
    ['Notă: acțiunile obiectivului 2 sunt raportate de agenție.'],
    ['2.1', 'Lansarea portalului', 'AGE', 'Trimestrul II 2023', 'În curs de realizare'],
    ['2.2', 'Instruirea personalului', 'AGE', 'Trimestrul III 2023', 'Realizat'],
  ];
  const a = analyzeSheet(sheet('P', rows));

  test('ro: the table ends at the note; the rows under it are not read, and the reading says so once, at the first', () => {
    expect(a.rows.map((r) => r.id)).toEqual(['1.1', '1.2']);
    expect(flat(reading(a))).toEqual(['A6 reading_data_after_table']);
    expect(reading(a)[0].params).toMatchObject({ row: 6, end: 4 });
    expect(findingMessage(reading(a)[0], 'ro')).toContain('Rândul 6 se află sub sfârșitul tabelului (rândul 4)');
    expect(a.reading?.rows.filter((x) => x.cls === 'notes').map((x) => x.row)).toEqual([5, 6, 7]);
  });

  test('negative: a signature block and notes that look like no action raise nothing', () => {
    expect(reading(analyzeSheet(ministryReportRo()))).toEqual([]);
    expect(reading(analyzeSheet(planWithTotalsRu()))).toEqual([]);
  });
});

describe('self-check (b): one grouping holds nearly all rows while other headings exist', () => {
  // The objectives listed as a summary above the actions: every action falls under the last one.
  const rows = [
    ['План мероприятий на 2023 год'],
    ['№', 'Мероприятие', 'Исполнитель', 'Срок', 'Статус'],
    ['Цель 1. Открытые данные'],
    ['Цель 2. Кадры'],
    ['Цель 3. Цифровые услуги'],
    ['1.1', 'Публикация наборов данных', 'Отдел ИТ', 'II квартал 2023', 'Выполнено'],
    ['1.2', 'Обновление портала', 'Отдел ИТ', 'IV квартал 2023', 'В процессе выполнения'],
    ['2.1', 'Обучение сотрудников', 'Отдел кадров', 'III квартал 2023', 'Не начато'],
    ['2.2', 'Аттестация', 'Отдел кадров', 'IV квартал 2023', 'Не начато'],
    ['3.1', 'Запуск портала услуг', 'Отдел ИТ', 'IV квартал 2023', 'Выполнено'],
  ];
  test('ru: the third objective holds all five actions: said on its heading', () => {
    const a = analyzeSheet(sheet('P', rows, ['A3:E3', 'A4:E4', 'A5:E5']));
    expect(flat(reading(a))).toEqual(['A5 reading_one_group']);
    expect(reading(a)[0].params).toMatchObject({ rows: 5, total: 5, others: 2 });
  });

  test('negative: the same plan with its headings above their own actions raises nothing', () => {
    const spread = [rows[0], rows[1], rows[2], rows[5], rows[6], rows[3], rows[7], rows[8], rows[4], rows[9]];
    const a = analyzeSheet(sheet('P', spread, ['A3:E3', 'A6:E6', 'A9:E9']));
    expect(reading(a)).toEqual([]);
    expect(a.rows.map((r) => r.objective?.key)).toEqual(['1', '1', '2', '2', '3']);
  });
});

describe('self-check (c): a column whose header names a role took none', () => {
  // The officer typed the statuses in "Comments" and the narrative under "Status": content moved the role.
  const rows = [
    ['Progress report, first half of 2023'],
    ['No.', 'Action', 'Responsible', 'Deadline', 'Status', 'Comments'],
    ['1.1', 'Publish the datasets', 'Data office', 'Q1 2023', 'Twelve datasets were published on the portal in March.', 'Completed'],
    ['1.2', 'Train the staff', 'Data office', 'Q2 2023', 'The first of three training sessions was held in May.', 'In progress'],
    ['1.3', 'Open the portal', 'Digital agency', 'Q4 2023', 'The tender was launched and the contract is being signed.', 'In progress'],
  ];
  test('en: "Status" gave its role by content to "Comments": said on the "Status" header', () => {
    const a = analyzeSheet(sheet('P', rows));
    expect(a.layout?.columns.status).toBe(5);
    expect(flat(reading(a))).toEqual(['E2 reading_column_unused']);
    expect(findingMessage(reading(a)[0], 'en')).toBe(
      'Column E "Status" looks like the "Status" column but no column was read as such: check the reading in Settings → "How the sheet was read".',
    );
  });

  test('negative: the same plan with its columns where their headers say raises nothing', () => {
    const right = rows.map((r, i) => (i < 2 ? r : [r[0], r[1], r[2], r[3], r[5], r[4]]));
    expect(reading(analyzeSheet(sheet('P', right)))).toEqual([]);
  });
});

describe('self-check (c): a lone text in a narrative first column right above a heading', () => {
  // An unnumbered objective in the comments column, over numbered areas: the structure cannot tell it from a comment.
  const rows = [
    ['Raport pentru trimestrul III 2021'],
    ['Comentarii', 'Responsabil', 'Termen', 'Statut', 'Acțiunea'],
    ['Consolidarea capacităților instituționale'],
    ['1. Date deschise'],
    ['Proiect remis spre avizare.', 'DPD', 'sem. I 2021', 'Realizat', '1.1. Evaluarea necesităților'],
    ['Raport publicat.', 'DIP', 'sem. II 2021', 'Realizat', '1.2. Publicarea raportului'],
    ['Transparența procesului decizional'],
    ['2. Diaspora'],
    [null, 'AGE', 'Trimestrul I, 2021', 'Realizat', '2.1. Elaborarea regulamentului'],
  ];

  test('ro: the reading says so once, at the first such row, naming the heading under it', () => {
    const a = analyzeSheet(sheet('P', rows));
    expect(flat(reading(a))).toEqual(['A3 reading_heading_as_text']);
    expect(reading(a)[0].params).toEqual({ row: 3, text: 'Consolidarea capacităților instituționale', next: '1. Date deschise' });
    expect(findingMessage(reading(a)[0], 'ro')).toContain('Rândul 3 („Consolidarea capacităților instituționale”)');
  });

  test('negative: a comment continued on its own row, followed by an action, raises nothing', () => {
    const plain = [rows[0], rows[1], rows[3], rows[4], ['continuare a comentariului.'], rows[5]];
    expect(reading(analyzeSheet(sheet('P', plain)))).toEqual([]);
  });
});

describe('self-check (c) where no heading was found: lone texts in the narrative first column, recurring', () => {
  const rows = [
    ['Progress report for the first half of 2019'],
    ['Narrative', 'State', 'Lead agency', 'Milestone', 'Due'],
    ['Cooperation with civil society'],
    ['The report was published.', 'Not started', 'AGE', '1.1 Draft the regulation', 'Q2 2019'],
    ['Staff were trained.', 'Completed', 'DPD', '1.2 Train the staff', 'Q1 2019'],
    ['Modernising the state registers'],
    ['The draft was sent.', 'Completed', 'SACSI', '2.1 Open the feedback channel', 'Q1 2019'],
  ];

  test('en: said once, at the first, naming the action under it', () => {
    const a = analyzeSheet(sheet('P', rows));
    expect(flat(reading(a))).toEqual(['A3 reading_heading_as_text']);
    expect(reading(a)[0].params).toEqual({ row: 3, text: 'Cooperation with civil society', next: '1.1 Draft the regulation' });
  });

  test('negative: one lone text only (a comment carried on its own row) raises nothing', () => {
    expect(reading(analyzeSheet(sheet('P', [...rows.slice(0, 5), rows[6]])))).toEqual([]);
  });
});
