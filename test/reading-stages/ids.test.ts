import { actionTextId, leadingId } from '../../src/core/reading/ids';

describe('ids stage: a number leading the action text, in any common form', () => {
  test.each([
    ['12 - Refresh the needs assessment', '12', 'Refresh the needs assessment'],
    ['12) Refresh the needs assessment', '12', 'Refresh the needs assessment'],
    ['12: Refresh the needs assessment', '12', 'Refresh the needs assessment'],
    ['Action 12: Refresh the needs assessment', '12', 'Refresh the needs assessment'],
    ['Acțiunea 3. – Elaborarea regulamentului', '3', 'Elaborarea regulamentului'],
    ['Мероприятие 4 – Обучение сотрудников', '4', 'Обучение сотрудников'],
    ['R2.1 Improve the data portal', 'R2.1', 'Improve the data portal'],
    ['A1.2 Train front-desk staff', 'A1.2', 'Train front-desk staff'],
    ['1.2.3 Publicarea datelor', '1.2.3', 'Publicarea datelor'],
    ['1.4. Instituirea comisiei', '1.4', 'Instituirea comisiei'],
  ])('"%s" → %s', (text, id, rest) => {
    expect(actionTextId(text)).toEqual({ id, rest });
  });

  test.each([
    'Refresh the needs assessment',
    '2023 - the year of reform',
    'COVID-19 response plan',
    '10 ore de instruire pentru funcționari',
    'Elaborarea a 3 ghiduri',
  ])('"%s" has no id', (text) => {
    expect(actionTextId(text)).toBeNull();
  });

  test('a heading\'s numbering ("1. …", "12 - …") is not the dotted id the heading scan looks for', () => {
    expect(leadingId('12 - Refresh')).toBeNull();
    expect(leadingId('1. Consolidarea cadrului')).toBeNull();
    expect(leadingId('1.1 Consolidarea')).toEqual({ id: '1.1', rest: 'Consolidarea' });
  });
});
