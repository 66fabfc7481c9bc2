import { columnsText, parseColumns } from '../src/taskpane/components/SettingsView';

test('the columns chosen by hand are shown by the role names of the interface, not the program keys', () => {
  expect(columnsText({ description: 'E', status_description: 'G' }, 'ro')).toBe('Descriere=E, Statut / descriere=G');
  expect(columnsText({ description: 'E' }, 'ru')).not.toMatch(/description/);
});

test('they are read back in the interface language, any case or diacritics, or by key', () => {
  expect(parseColumns('Descriere=e, statut / DESCRIERE = g', 'ro')).toEqual({ description: 'E', status_description: 'G' });
  expect(parseColumns(columnsText({ deadline: 'D', responsible: 'C' }, 'ru'), 'ru')).toEqual({ deadline: 'D', responsible: 'C' });
  expect(parseColumns('status=G', 'ro')).toEqual({ status: 'G' });
  expect(parseColumns('Culoare=G', 'ro')).toBeNull();
  expect(parseColumns('Descriere=G7', 'ro')).toBeNull();
});
