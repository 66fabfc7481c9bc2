import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { analyzeWorkbook } from '../src/core/analyze';
import { defaultSettings } from '../src/host/settings';
import { SettingsView } from '../src/taskpane/components/SettingsView';
import { Host } from '../src/host/host';

// Required, not imported: the root typecheck leaves the pane's worker modules (import.meta) to tsconfig.web.json.
const { FindingsView } = require('../src/taskpane/components/FindingsView') as { FindingsView: (props: Record<string, unknown>) => React.JSX.Element };
import { sheet } from './helpers/grid';

const HEADER = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul'];
const part = (name: string, id: string) => sheet(name, [HEADER, [id, `Acțiunea ${id} a planului de acțiuni`, 'DIP', 'trimestrul II', 'Realizat']]);
const workbook = {
  sheets: [
    sheet('Copertă', [['Raport'], ['semestrul I 2022']]),
    part('Obiectiv 1', '1.1'),
    part('Obiectiv 2', '2.1'),
    sheet('Indicatori', [
      ['Nr.', 'Indicator', 'Valoarea țintă', 'Termen', 'Statutul'],
      ['1', 'Ponderea serviciilor online', '80%', '2023', 'Atins'],
    ]),
  ],
};

/** Each sheet's checkbox as rendered: its label and whether it is ticked. */
function boxes(html: string): [string, boolean][] {
  return [...html.matchAll(/<input type="checkbox"([^>]*)>.*?<label[^>]*>([^<]*)<\/label>/g)]
    .map((m): [string, boolean] => [m[2].replace(/&quot;/g, '"'), / checked=""/.test(m[1])])
    .filter(([label]) => /Copertă|Obiectiv|Indicatori/.test(label));
}

const render = (settings = defaultSettings()) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <SettingsView analysis={analyzeWorkbook(workbook)} settings={settings} lang="ro" onSave={() => Promise.resolve()} />
    </FluentProvider>,
  );

test('Settings show every sheet: the parts read ticked, the cover and the other table with why', () => {
  const html = render();
  expect(html).toContain('Foile planului');
  expect(boxes(html)).toEqual([
    ['Copertă (copertă: titlul și perioada ei se aplică)', false],
    ['Obiectiv 1', true],
    ['Obiectiv 2', true],
    ['Indicatori (alte coloane decât ale planului: un alt tabel)', false],
  ]);
});

test('the sheets chosen in the settings are the ones ticked', () => {
  const html = render({ ...defaultSettings(), sheets: ['Obiectiv 2', 'Indicatori'] });
  expect(boxes(html).map(([label, on]) => `${label.split(' (')[0]}:${on}`)).toEqual(['Copertă:false', 'Obiectiv 1:false', 'Obiectiv 2:true', 'Indicatori:true']);
});

test('the findings pane shows the reading findings first, in their own section above the errors', () => {
  const HEAD = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul'];
  const act = (id: string, title: string, status: string) => [id, title, 'DIP', 'trimestrul II', status];
  const a = analyzeWorkbook({
    sheets: [
      sheet('Raport S1', [['semestrul I 2022'], HEAD, act('1.1', 'Elaborarea regulamentului intern', 'Realizatt'), act('1.2', 'Instruirea personalului din teritoriu', 'Realizat')]),
      sheet('Raport vechi', [['semestrul II 2021'], HEAD, act('1.1', 'Elaborarea regulamentului intern', 'Inițiat'), act('1.2', 'Instruirea personalului din teritoriu', 'Inițiat')]),
    ],
  });
  const noop = () => undefined;
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <FindingsView
        host={{} as Host}
        analysis={a}
        settings={defaultSettings()}
        lang="ro"
        busy={false}
        progress={null}
        history={[]}
        onValidate={noop}
        onCancel={noop}
        onNotice={noop}
        onError={noop}
        onChanged={noop}
        onUndo={noop}
      />
    </FluentProvider>,
  );
  const headings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
  expect(headings).toEqual(['Verificați citirea foii: cifrele de mai jos depind de ea', 'Erori: de corectat înainte de a trimite raportul']);
  expect(html.indexOf('O foaie de plan necitită')).toBeGreaterThan(html.indexOf(headings[0]));
  expect(html.indexOf('O foaie de plan necitită')).toBeLessThan(html.indexOf(headings[1]));
});
