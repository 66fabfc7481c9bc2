import { roleOfHeader } from '../src/core/roles';

describe('header text -> column role', () => {
  const cases: [string, string][] = [
    // Romanian, as in the brief
    ['Nr.', 'id'],
    ['Nr. d/o', 'id'],
    ['Nr. crt.', 'id'],
    ['Obiectiv', 'objective'],
    ['Obiectivul general/specific', 'objective'],
    ['Domeniu', 'area'],
    ['Direcția de acțiune', 'area'],
    ['Acțiunea', 'action'],
    ['Denumirea acțiunii', 'action'],
    ['Măsura', 'action'],
    ['Sub-acțiuni', 'subaction'],
    ['Subacțiunea', 'subaction'],
    ['Instituția responsabilă', 'responsible'],
    ['Responsabil', 'responsible'],
    ['Subdiviziunea responsabilă', 'responsible'],
    ['Executori', 'responsible'],
    ['Termen de realizare', 'deadline'],
    ['Termenul de executare', 'deadline'],
    ['Termen', 'deadline'],
    ['Costuri', 'cost'],
    ['Sursa de finanțare', 'cost'],
    ['Costul estimativ', 'cost'],
    ['Indicatori de progres', 'indicators'],
    ['Indicatori de monitorizare', 'indicators'],
    ['Indicatori de rezultat', 'indicators'],
    ['Status', 'status'],
    ['Statutul', 'status'],
    ['Nivelul de realizare', 'status'],
    ['Gradul de realizare', 'status'],
    ['Descrierea succintă', 'description'],
    ['Informația privind realizarea', 'description'],
    ['Comentarii', 'description'],
    ['Nivelul de realizare a acțiunii / Descrierea succintă', 'status_description'],
    // Russian
    ['№', 'id'],
    ['№ п/п', 'id'],
    ['Цель', 'objective'],
    ['Задача', 'objective'],
    ['Направление', 'area'],
    ['Действие', 'action'],
    ['Мероприятие', 'action'],
    ['Подмероприятие', 'subaction'],
    ['Ответственный', 'responsible'],
    ['Исполнитель', 'responsible'],
    ['Срок исполнения', 'deadline'],
    ['Срок', 'deadline'],
    ['Стоимость', 'cost'],
    ['Источник финансирования', 'cost'],
    ['Индикаторы', 'indicators'],
    ['Статус', 'status'],
    ['Степень выполнения', 'status'],
    ['Информация о выполнении', 'description'],
    ['Описание', 'description'],
    ['Описание выполнения', 'description'],
    ['Комментарии', 'description'],
    // English
    ['No.', 'id'],
    ['ID', 'id'],
    ['Objective', 'objective'],
    ['Area', 'area'],
    ['Action', 'action'],
    ['Measure', 'action'],
    ['Sub-action', 'subaction'],
    ['Responsible', 'responsible'],
    ['Deadline', 'deadline'],
    ['Due', 'deadline'],
    ['Cost', 'cost'],
    ['Funding', 'cost'],
    ['Indicators', 'indicators'],
    ['Status', 'status'],
    ['Progress', 'description'],
    ['Comments', 'description'],
  ];
  test.each(cases)('%s -> %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  test.each([
    ['TERMEN DE REALIZARE', 'deadline'],
    ['  termen   de\nrealizare ', 'deadline'],
    ['Institutia responsabila', 'responsible'],
    ['Instituţia responsabilă:', 'responsible'],
    ['Denumirea\r\nacțiunii', 'action'],
    ['NIVELUL DE REALIZARE A ACTIUNII/DESCRIEREA SUCCINTA', 'status_description'],
    ['Nr.\nd/o', 'id'],
  ])('tolerates case, diacritics, spaces, punctuation and line breaks: %j', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  test.each(['', 'Observații generale ale ministerului', '2022', 'Realizată'])('no role for %j', (header) => {
    expect(roleOfHeader(header)).toBeNull();
  });
});
