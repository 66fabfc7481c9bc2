import { SheetGrid } from '../../src/core/grid';
import { sheet } from './grid';

/**
 * Layouts met in plans kept outside the generator's picture, written as grids: the names,
 * institutions and texts are invented; the shapes are those of real monitoring reports and trackers.
 */

/** A ministry's semester report: title rows, a two-row header ("Termen de realizare" over "planificat | efectiv"), a numbering row, objectives "1." merged across, a signature block under the table. */
export function ministryReportRo(): SheetGrid {
  return sheet(
    'Raport',
    [
      ['MINISTERUL DEZVOLTĂRII REGIONALE'],
      ['RAPORT de monitorizare a implementării Planului de acțiuni pentru anii 2021–2023'],
      ['pentru semestrul I, 2022'],
      [],
      ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', null, 'Indicatori de progres', 'Stadiul realizării', 'Informația privind realizarea'],
      [null, null, null, 'planificat', 'efectiv', null, null, null],
      [1, 2, 3, 4, 5, 6, 7, 8],
      ['1. Consolidarea cadrului normativ'],
      [
        '1.1',
        'Elaborarea regulamentului de funcționare',
        'DGP',
        'Trimestrul I, 2022',
        '15.03.2022',
        'Regulament aprobat',
        'Realizat',
        'Aprobat prin ordinul ministrului.',
      ],
      [
        '1.2',
        'Revizuirea procedurilor interne',
        'DPD',
        'Trimestrul IV, 2022',
        null,
        'Proceduri revizuite',
        'În proces de realizare',
        'Proiectul este în consultare.',
      ],
      ['2. Dezvoltarea capacităților instituționale'],
      [
        '2.1',
        'Instruirea personalului',
        'DRU',
        'Trimestrul II, 2022',
        '20.06.2022',
        'Număr de angajați instruiți',
        'Realizat',
        'Au fost instruiți 45 de angajați.',
      ],
      ['2.2', 'Crearea registrului electronic', 'DTI', 'Trimestrul III, 2022', null, 'Registru funcțional', 'Nerealizat', 'Lipsa finanțării.'],
      [],
      [null, 'Director general', null, null, null, '______________ (semnătura)'],
      [null, 'Întocmit: specialist principal, Direcția politici, tel. 022 000 000'],
    ],
    ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'F5:F6', 'G5:G6', 'H5:H6', 'A8:H8', 'A11:H11'],
  );
}

/** A local partnership's English tracker: no deadline and no id column, numbers inside the action text, a dated title. */
export function partnershipTrackerEn(): SheetGrid {
  return sheet('Overview', [
    ['Northfield Health and Wellbeing Partnership – action plan overview; as at November 2022'],
    [],
    ['Action', 'Description', 'What does success look like?', 'Which partners are involved', 'Status', 'Latest update'],
    [
      '1 - Agree the terms of reference',
      'Set out how the board works.',
      'Terms agreed by all members',
      'All partners',
      'Complete',
      'Agreed at the March board.',
    ],
    [
      '2 - Publish a joint communications plan',
      'One plan for all partners.',
      'Plan published on the website',
      'Council; health trust',
      'Incomplete',
      'Draft circulated for comment.',
    ],
    [
      '7 - Map the voluntary sector services',
      'A directory of local services.',
      'Directory online',
      'Voluntary sector forum',
      'Complete',
      'Directory launched in June.',
    ],
    [
      '12 - Refresh the needs assessment',
      'Update the joint needs assessment.',
      'Assessment signed off',
      'Public health team',
      'Incomplete',
      'Data collection under way.',
    ],
    [
      '15 - Review the partnership',
      'An annual review of the partnership.',
      'Review report to the board',
      'All partners',
      'Incomplete',
      'Planned for the new year.',
    ],
  ]);
}

/** A Russian plan: "Задача 1." merged across, totals and a signature block under the table. */
export function planWithTotalsRu(): SheetGrid {
  return sheet(
    'План',
    [
      ['Отчёт о выполнении Плана мероприятий за I полугодие 2023 г.'],
      ['№ п/п', 'Мероприятие', 'Исполнитель', 'Срок исполнения', 'Статус', 'Информация о выполнении'],
      ['Задача 1. Повышение прозрачности'],
      ['1.1', 'Публикация открытых данных', 'Отдел ИТ', 'I квартал 2023', 'Выполнено', 'Опубликовано 12 наборов.'],
      ['1.2', 'Обновление сайта', 'Отдел ИТ', 'II квартал 2023', 'В процессе выполнения', 'Идёт тестирование.'],
      ['Задача 2. Развитие кадров'],
      ['2.1', 'Обучение сотрудников', 'Отдел кадров', 'I квартал 2023', 'Выполнено', 'Обучено 30 сотрудников.'],
      ['Итого мероприятий: 3', null, null, null, 'Выполнено: 2'],
      [],
      ['Примечание: статусы указаны по состоянию на 30.06.2023.'],
      ['Руководитель', null, '__________'],
      ['Исполнитель: ведущий специалист, тел. 000-000'],
    ],
    ['A3:F3', 'A6:F6'],
  );
}

/** An English results framework: an "Output" column merged down over its activities, labels with no level word. */
export function resultsFrameworkEn(): SheetGrid {
  return sheet(
    'Results',
    [
      ['Results framework – annual progress report 2023'],
      ['Output', 'Activity', 'Responsible', 'Timeline', 'Status', 'Comments'],
      ['Improved access to public services', 'A1.1 Open two service centres', 'Ministry office', 'Q2 2023', 'Completed', 'Both centres open.'],
      [null, 'A1.2 Train front-desk staff', 'Ministry office', 'Q3 2023', 'In progress', 'First cohort trained.'],
      ['Stronger local budgeting', 'A2.1 Publish budget guides', 'Finance unit', 'Q1 2023', 'Completed', 'Guides published.'],
      [null, 'A2.2 Hold budget hearings', 'Finance unit', 'Q4 2023', 'Not started', 'Planned for November.'],
      [null, 'A2.3 Audit the grants', 'Finance unit', 'Q4 2023', 'In progress', 'Audit under way.'],
    ],
    ['A3:A4', 'A5:A7'],
  );
}

/** A Romanian plan whose levels are named by words: "Prioritatea 1." over "Direcția de acțiune 1.1". */
export function levelWordsRo(): SheetGrid {
  return sheet(
    'Plan',
    [
      ['Planul de acțiuni pentru anul 2023'],
      ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statut'],
      ['Prioritatea 1. Servicii publice accesibile'],
      ['Direcția de acțiune 1.1 Digitalizarea'],
      ['1.1.1', 'Lansarea portalului', 'AGE', 'Trimestrul II 2023', 'Realizat'],
      ['Direcția de acțiune 1.2 Ghișeul unic'],
      ['1.2.1', 'Deschiderea ghișeului', 'AGE', 'Trimestrul III 2023', 'În curs de realizare'],
      ['Prioritatea 2. Administrație deschisă'],
      ['Direcția de acțiune 2.1 Consultări publice'],
      ['2.1.1', 'Publicarea proiectelor', 'CS', 'Permanent', 'Realizat'],
    ],
    ['A3:E3', 'A4:E4', 'A6:E6', 'A8:E8', 'A9:E9'],
  );
}

/** A Russian plan: "Направление 1." headings over numbered "1.1" actions, nothing above them. */
export function directionsRu(): SheetGrid {
  return sheet(
    'План',
    [
      ['План мероприятий на 2023 год'],
      ['№', 'Мероприятие', 'Ответственный', 'Срок', 'Статус'],
      ['Направление 1. Открытые данные'],
      ['1.1', 'Публикация наборов данных', 'Отдел ИТ', 'II квартал 2023', 'Выполнено'],
      ['1.2', 'Обновление портала', 'Отдел ИТ', 'IV квартал 2023', 'В процессе выполнения'],
      ['Направление 2. Кадры'],
      ['2.1', 'Обучение сотрудников', 'Отдел кадров', 'III квартал 2023', 'Не начато'],
    ],
    ['A3:E3', 'A6:E6'],
  );
}

/** An English plan whose groupings sit in an unnamed first column, each label merged down over its actions. */
export function unnamedGroupColumnEn(): SheetGrid {
  return sheet(
    'Plan',
    [
      ['Open government action plan – progress to June 2023'],
      [null, 'No.', 'Milestone', 'Lead agency', 'Deadline', 'Status'],
      ['Access to information', '1.1', 'Publish the register of requests', 'State office', 'Q1 2023', 'Completed'],
      [null, '1.2', 'Train information officers', 'State office', 'Q2 2023', 'In progress'],
      ['Civic participation', '2.1', 'Open the consultation portal', 'Digital agency', 'Q2 2023', 'Completed'],
      [null, '2.2', 'Hold regional hearings', 'Digital agency', 'Q4 2023', 'Not started'],
    ],
    ['A3:A4', 'A5:A6'],
  );
}
