import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { analyzeSheet } from '../src/core/analyze';
import { defaultSettings } from '../src/host/settings';
import { ReadingView, chooseRole } from '../src/taskpane/components/ReadingView';
import { sheet } from './helpers/grid';

test('choosing a role for a column moves the role there and frees the column of any other', () => {
  expect(chooseRole({ status: 'G', deadline: 'E' }, 'E', 'status')).toEqual({ status: 'E' });
  expect(chooseRole({ status: 'G' }, 'G', 'auto')).toEqual({});
  expect(chooseRole({}, 'C', 'responsible')).toEqual({ responsible: 'C' });
});

test('the view shows each column with its role, evidence, the headings and where the period came from', () => {
  const a = analyzeSheet(
    sheet(
      'P',
      [
        ['Raport pentru semestrul I, 2022'],
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Coloana 5'],
        ['I. Transparență'],
        ['1.1', 'Prima', 'DIP', 'Anual', 'Realizat'],
        ['1.2', 'A doua', 'DIP', 'Anual', 'În proces de realizare'],
      ],
      ['A3:E3'],
    ),
  );
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ReadingView analysis={a} settings={defaultSettings()} lang="en" onSave={() => undefined} />
    </FluentProvider>,
  );
  expect(html).toContain('How the sheet was read');
  expect(html).toContain('Role of column E');
  expect(html).toContain('Automatic: Status');
  expect(html).toContain('content: 2 of 2 cells');
  expect(html).toContain('A3 · objective 1: I. Transparență');
  expect(html).toContain('Period: H1 2022, from cell A1 (&quot;Raport pentru semestrul I, 2022&quot;).');
});

test('the view lists the rows not read as actions with their class, and where the table ends', () => {
  const a = analyzeSheet(
    sheet('P', [
      ['Raport pentru semestrul I, 2022'],
      ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statut'],
      ['1.1', 'Prima', 'DIP', 'Anual', 'Realizat'],
      ['Total acțiuni: 1'],
      ['Întocmit: specialist principal'],
    ]),
  );
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ReadingView analysis={a} settings={defaultSettings()} lang="ro" onSave={() => undefined} />
    </FluentProvider>,
  );
  expect(html).toContain('Tabelul se termină la rândul 3.');
  expect(html).toContain('Rânduri necitite ca acțiuni: 4.');
  expect(html).toContain('A4 · total: Total acțiuni: 1');
  expect(html).toContain('A5 · notă: Întocmit: specialist principal');
  expect(a.rows.map((r) => r.id)).toEqual(['1.1']);
});
