import { classifyRows } from '../../src/core/reading/row-classes';
import { sheet } from '../helpers/grid';
import { ministryReportRo, partnershipTrackerEn, planWithTotalsRu } from '../helpers/world-layouts';
import { viewOf } from './view';

const classesOf = (s: Parameters<typeof viewOf>[0]) => classifyRows(viewOf(s)).map((x) => [x.r + 1, x.cls]);

// Rows with no cell at all are blank and are not listed: the cells present decide the cost, not the sheet's height.
describe('row classes stage: every row below the header with a cell has a class', () => {
  test('ro: a ministry report — groupings, data, a blank row unlisted, the signature block as notes', () => {
    expect(classesOf(ministryReportRo())).toEqual([
      [8, 'group'],
      [9, 'data'],
      [10, 'data'],
      [11, 'group'],
      [12, 'data'],
      [13, 'data'],
      [15, 'notes'],
      [16, 'notes'],
    ]);
  });

  test('ru: totals are derived, the note, the head and the preparer under the table are notes', () => {
    expect(classesOf(planWithTotalsRu())).toEqual([
      [3, 'group'],
      [4, 'data'],
      [5, 'data'],
      [6, 'group'],
      [7, 'data'],
      [8, 'derived'],
      [10, 'notes'],
      [11, 'notes'],
      [12, 'notes'],
    ]);
  });

  test('en: every tracker row is data', () => {
    expect(classesOf(partnershipTrackerEn()).map(([, c]) => c)).toEqual(['data', 'data', 'data', 'data', 'data']);
  });

  test('en: the header printed again on a new page, a units row and a numbering row are header rows, "Total" is derived', () => {
    const rows = [
      ['No.', 'Action', 'Responsible', 'Deadline', 'Cost', 'Status'],
      ['1.1', 'Publish the datasets', 'Data office', 'Q1 2023', '1000', 'Completed'],
      ['No.', 'Action', 'Responsible', 'Deadline', 'Cost', 'Status'],
      [null, null, null, null, 'EUR', null],
      [1, 2, 3, 4, 5, 6],
      ['1.2', 'Train the staff', 'Data office', 'Q2 2023', '2500', 'In progress'],
      ['Total', null, null, null, '3500', null],
    ];
    expect(classesOf(sheet('P', rows))).toEqual([
      [2, 'data'],
      [3, 'header'],
      [4, 'header'],
      [5, 'header'],
      [6, 'data'],
      [7, 'derived'],
    ]);
  });

  test('negative: an action whose title starts like a note word ("Directorul …", "Totalizarea …") is data when it has its number', () => {
    const rows = [
      ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statut'],
      ['1.1', 'Directorul agenției aprobă regulamentul', 'AGE', 'Trimestrul I 2023', 'Realizat'],
      ['1.2', 'Totalizarea rezultatelor consultării', 'AGE', 'Trimestrul II 2023', 'Realizat'],
    ];
    expect(classesOf(sheet('P', rows)).map(([, c]) => c)).toEqual(['data', 'data']);
  });
  test('ro: a units row under cost, deadline and indicators ("mii lei | luna, anul | unități") is a header row', () => {
    const rows = [
      ['Nr.', 'Acțiunea', 'Termen', 'Costuri', 'Indicatori', 'Statut'],
      [null, null, 'luna, anul', 'mii lei', 'unități', null],
      ['1.1', 'Publicarea seturilor de date', 'Trimestrul I 2023', '100', 'Seturi publicate', 'Realizat'],
    ];
    expect(classesOf(sheet('P', rows))).toEqual([
      [2, 'header'],
      [3, 'data'],
    ]);
  });

  test('en: a signature under the status column and a legend in the status column are notes, not actions', () => {
    const rows = [
      ['Status', 'Responsible', 'Action', 'Deadline'],
      ['Completed', 'Data office', '1.1 Publish the datasets', 'Q1 2023'],
      ['Director', null, null, '__________ (signature)'],
      ['Key:', null, null, null],
      ['Completed – the action is fully done', null, null, null],
    ];
    expect(classesOf(sheet('P', rows)).map(([, c]) => c)).toEqual(['data', 'notes', 'notes', 'notes']);
  });

  test('ru: a signature whose name stands under the deadline column is a note', () => {
    const rows = [
      ['Срок', 'Ответственный', 'Мероприятие', 'Статус'],
      ['IV квартал 2023', 'АЭУ', '1.1 Подготовить проект', 'Выполнено'],
      ['Директор', null, null, '__________ (подпись)'],
      ['Исп.: отдел мониторинга', null, null, null],
    ];
    expect(classesOf(sheet('P', rows)).map(([, c]) => c)).toEqual(['data', 'notes', 'notes']);
  });

  test('ro/ru: a total written in the status or indicators column, followed only by counts, is derived', () => {
    const rows = [
      ['Indicatori', 'Acțiunea', 'Responsabil', 'Termen', 'Statut'],
      ['Seturi publicate', '1.1 Publicarea datelor', 'AGE', 'Trimestrul I 2023', 'Realizat'],
      ['TOTAL GENERAL', '1 acțiuni', null, null, 'realizate 1'],
      ['Итого:', '1 мероприятий', null, null, 'выполнено 1'],
    ];
    expect(classesOf(sheet('P', rows)).map(([, c]) => c)).toEqual(['data', 'derived', 'derived']);
  });

  test('negative: a narrative continuation starting with "Total" and carrying words is not a totals row', () => {
    const rows = [
      ['Nr.', 'Acțiunea', 'Termen', 'Statut', 'Descrierea succintă'],
      ['1.1', 'Publicarea datelor', 'Trimestrul I 2023', 'Realizat', 'Au fost publicate 12 seturi.'],
      [null, null, null, null, 'Totalul seturilor publicate a crescut față de anul trecut.'],
    ];
    expect(classesOf(sheet('P', rows)).map(([, c]) => c)).not.toContain('derived');
  });
});
