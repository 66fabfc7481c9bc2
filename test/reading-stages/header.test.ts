import { MergedGrid, detectLayout } from '../../src/core/layout';
import { isHeaderRow, isSubHeaderRow } from '../../src/core/reading/header-rows';
import { rowFeatures } from '../../src/core/reading/row-features';
import { classifyRows } from '../../src/core/reading/row-classes';
import { sheet } from '../helpers/grid';
import { ministryReportRo } from '../helpers/world-layouts';
import { viewOf } from './view';

describe('header stage: a header of two rows, anywhere, and its numbering row', () => {
  test('ro: "Termen de realizare" over "planificat | efectiv" is one header of two rows; the numbering row is skipped', () => {
    const layout = detectLayout(new MergedGrid(ministryReportRo()))!;
    expect([layout.headerTop + 1, layout.headerBottom + 1, layout.dataStart + 1]).toEqual([5, 6, 8]);
    expect(layout.columnHeaders.slice(3, 5)).toEqual(['Termen de realizare / planificat', 'Termen de realizare / efectiv']);
  });

  test('ro: the planned date is the deadline; the actual date takes no role', () => {
    const layout = detectLayout(new MergedGrid(ministryReportRo()))!;
    expect(layout.columns.deadline).toBe(3);
    expect(Object.values(layout.columns)).not.toContain(4);
  });

  test('a label row under a merged header cell, met below the header, is a header row; a data row is not', () => {
    const s = sheet(
      'P',
      [
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', null, 'Statut'],
        ['1.1', 'Elaborarea regulamentului', 'DGP', 'Trimestrul I 2022', '15.03.2022', 'Realizat'],
        [null, null, null, 'planificat', 'efectiv', null],
      ],
      ['D1:E1'],
    );
    const v = viewOf(s);
    expect(isSubHeaderRow(v, rowFeatures(v, 2))).toBe(true);
    expect(isSubHeaderRow(v, rowFeatures(v, 1))).toBe(false);
    expect(isHeaderRow(v, rowFeatures(v, 1))).toBe(false);
  });

  test('ru: "Срок исполнения" over "план | факт": the deadline is the planned half, not the date it was done', () => {
    const s = sheet(
      'P',
      [
        ['Срок исполнения', null, 'Ответственный', 'Бюджет', '№', 'Мероприятия'],
        ['план', 'факт', null, null, null, null],
        ['A. Открытые данные'],
        ['постоянно', null, 'AGE', 'Бюджет', '1.1', 'Обновление реестра услуг'],
        ['ежеполугодно', null, 'MF', '150 000 лей', '1.2', 'Механизм обратной связи'],
        ['март 2022', null, 'DIP', 'Бюджет', '1.3', 'Публикация годового отчёта'],
        ['2022', null, 'AGE', 'Бюджет', '2.1', 'Обучение сотрудников'],
        ['I полугодие 2022', '11.03.2022', 'DIP', 'Бюджет', '2.2', 'Запуск платформы консультаций'],
      ],
      ['A1:B1', 'A3:F3'],
    );
    expect(viewOf(s).layout.columns.deadline).toBe(0);
  });

  test("an unnumbered objective merged across right under a split header is a heading, not the header's second row", () => {
    const s = sheet(
      'P',
      [
        ['Termen', null, 'Responsabil', 'Statut', 'Acțiunea'],
        ['planificat', 'efectiv', null, null, null],
        ['Societatea civilă'],
        ['Trimestrul I 2022', null, 'DGP', 'Realizat', '1.1 Elaborarea regulamentului'],
      ],
      ['A1:B1', 'A3:E3'],
    );
    const v = viewOf(s);
    expect(isSubHeaderRow(v, rowFeatures(v, 2))).toBe(false);
    expect(classifyRows(v).map((x) => [x.r + 1, x.cls])).toEqual([
      [3, 'group'],
      [4, 'data'],
    ]);
  });

  test('ru: a units row ("тыс. руб.") under the header is a header row', () => {
    const s = sheet('P', [
      ['№', 'Мероприятие', 'Исполнитель', 'Срок', 'Стоимость', 'Статус'],
      [null, null, null, null, 'тыс. руб.', null],
      ['1.1', 'Обучение', 'Отдел кадров', 'I квартал 2023', '120', 'Выполнено'],
    ]);
    const v = viewOf(s);
    expect(isHeaderRow(v, rowFeatures(v, 1))).toBe(true);
    expect(isHeaderRow(v, rowFeatures(v, 2))).toBe(false);
  });
});

test('a row whose cell opens with a dotted id ("3.2 Agency budget…") is never the header, though its words name more roles', () => {
  const s = sheet('P', [
    ['Milestone', 'Measurement', 'Reporting Mechanism', 'Target Date', 'Required or Encouraged'],
    ['3.1 Begin the capital plans', 'Progress', 'Progress Reporting Tool', 'December 31, 2021', 'Required for all agencies'],
    [
      '3.2 Agency budget submissions include data needs',
      'Completion',
      'FY 2023 Budget Submission',
      'As required by the budget timeline',
      'Required for all agencies',
    ],
  ]);
  expect(detectLayout(new MergedGrid(s))?.headerTop).toBe(0);
});
