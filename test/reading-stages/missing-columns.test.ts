import { analyzeSheet, analyzeWorkbook } from '../../src/core/analyze';
import { findingMessage } from '../../src/core/messages';
import { flat, sheet } from '../helpers/grid';
import { partnershipTrackerEn } from '../helpers/world-layouts';

describe('plans with fewer columns are still plans', () => {
  test('en: a partnership tracker with no deadline and no number column is read, not refused', () => {
    const a = analyzeWorkbook({ sheets: [partnershipTrackerEn()] });
    expect(a.findings.map((f) => f.code)).not.toContain('header_not_found');
    expect(a.rows.map((r) => [r.id, r.idSource, r.action])).toEqual([
      ['1', 'text', 'Agree the terms of reference'],
      ['2', 'text', 'Publish a joint communications plan'],
      ['7', 'text', 'Map the voluntary sector services'],
      ['12', 'text', 'Refresh the needs assessment'],
      ['15', 'text', 'Review the partnership'],
    ]);
    expect(a.layout?.columns).toMatchObject({ action: 0, indicators: 2, responsible: 3, status: 4, description: 5 });
  });

  test('en: the missing deadline column is said once, on the header, with the checks skipped; no row says it again', () => {
    const a = analyzeSheet(partnershipTrackerEn());
    const codes = a.findings.map((f) => f.code);
    expect(flat(a.findings.filter((f) => f.code === 'no_deadline_column'))).toEqual(['A3 no_deadline_column']);
    expect(codes).not.toContain('role_not_found');
    expect(codes).not.toContain('missing_deadline');
    expect(codes).not.toContain('missing_id');
    const message = findingMessage(
      a.findings.find((f) => f.code === 'no_deadline_column')!,
      'en',
    );
    expect(message).toContain('overdue actions are not counted');
    expect(message).toContain('B "Description"');
  });

  test('ro: a plan with no number column and no numbers says so once, not on every row; no responsible column, once', () => {
    const a = analyzeSheet(
      sheet('P', [
        ['Raport pentru anul 2023'],
        ['Acțiunea', 'Termen', 'Statut', 'Comentarii'],
        ['Elaborarea regulamentului', 'Trimestrul I 2023', 'Realizat', 'Aprobat.'],
        ['Revizuirea procedurilor', 'Trimestrul IV 2023', 'În curs de realizare', 'În consultare.'],
        ['Instruirea personalului', 'Trimestrul II 2023', 'Realizat', 'Instruiți 40.'],
      ]),
    );
    expect(a.rows).toHaveLength(3);
    expect(flat(a.findings.filter((f) => f.code === 'checks_skipped' || f.code === 'missing_id'))).toEqual(['A2 checks_skipped', 'A2 checks_skipped']);
    expect(a.findings.filter((f) => f.code === 'checks_skipped').map((f) => f.params.role)).toEqual(['id', 'responsible']);
    expect(
      findingMessage(
        a.findings.find((f) => f.code === 'checks_skipped')!,
        'ro',
      ),
    ).toBe('Planul nu are coloana „Nr.”: verificările ei nu au fost făcute; restul planului a fost citit.');
  });

  test('ru: when some actions carry numbers, the one without is still a missing number', () => {
    const a = analyzeSheet(
      sheet('P', [
        ['Отчёт за 2023 год'],
        ['Мероприятие', 'Исполнитель', 'Срок', 'Статус'],
        ['1.1 Обучение сотрудников', 'Отдел кадров', 'I квартал 2023', 'Выполнено'],
        ['Обновление сайта', 'Отдел ИТ', 'II квартал 2023', 'Выполнено'],
      ]),
    );
    expect(flat(a.findings.filter((f) => f.code === 'missing_id' || f.code === 'checks_skipped'))).toEqual(['A4 missing_id']);
  });
});
