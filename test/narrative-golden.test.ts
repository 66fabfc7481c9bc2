/**
 * The default narratives on a plan made to catch their weak spots: objectives tied at the highest
 * and at the lowest completion, due actions with no status, responsible units as codes written
 * several ways ("DIP, SRJU", "DIP SRJU SGPE", "SACSI; DPD") with an abbreviations sheet.
 * UPDATE_GOLDEN=1 rewrites the files after a deliberate change of wording; then read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { analyzeWorkbook } from '../src/core/analyze';
import { LANGS } from '../src/core/messages';
import { templateCauseMessage } from '../src/core/messages/template-issue';
import { buildContext, renderTemplate, writeNarrative } from '../src/core/narrative';
import { sheet } from './helpers/grid';

const plan = analyzeWorkbook({
  sheets: [
    sheet('Plan', [
      ['Agenția de Guvernare Electronică'],
      ['Raport privind implementarea Planului de acțiuni pe anii 2021–2023'],
      ['pentru semestrul I, 2022'],
      ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă'],
      ['Obiectivul 1. Date deschise'],
      ['1.1', 'Publicarea seturilor de date', 'DIP, SRJU', 'Trimestrul I, 2022', 'Realizat', 'Au fost publicate 12 seturi.'],
      ['1.2', 'Actualizarea portalului', 'DIP SRJU SGPE', 'Trimestrul IV, 2022', 'Realizat', 'Portalul a fost actualizat.'],
      ['Obiectivul 2. Servicii electronice'],
      ['2.1', 'Lansarea serviciului de programare online', 'SACSI; DPD', 'Trimestrul II, 2022', 'Realizat', 'Serviciul funcționează.'],
      ['Obiectivul 3. Interoperabilitate'],
      ['3.1', 'Conectarea registrelor la MConnect', 'SGPE', 'Trimestrul I, 2022', 'Neinițiat', 'Nu a fost alocată finanțarea.'],
      ['3.2', 'Instruirea operatorilor de date', 'DPD', 'Martie 2022', '', 'Instruirile au fost amânate.'],
      ['Obiectivul 4. Securitate cibernetică'],
      ['4.1', 'Auditul sistemelor informaționale', 'DIP', 'Trimestrul IV, 2022', 'În proces de realizare', 'Auditul a început în mai.'],
      ['4.2', 'Planul de răspuns la incidente', 'SRJU, DIP', 'Semestrul I, 2022', '', ''],
      ['Obiectivul 5. Comunicare'],
      ['5.1', 'Campania de informare', 'Agenția Servicii Publice', 'Trimestrul IV, 2022', 'Realizat', 'Campania a avut loc în aprilie.'],
      ['5.2', 'Ghidul utilizatorului', 'SACSI', 'Trimestrul IV, 2022', 'În proces de realizare', ''],
    ]),
    sheet('Abrevieri', [
      ['DIP', 'Direcția implementare proiecte'],
      ['SRJU', 'Serviciul relații juridice'],
      ['SGPE', 'Secția gestiune și planificare economică'],
      ['SACSI', 'Secția achiziții și contracte de servicii informaționale'],
      ['DPD', 'Direcția protecția datelor'],
    ]),
  ],
});

const golden = (lang: string) => join(__dirname, 'fixtures', 'narrative', `ties.${lang}.md`);

describe.each(LANGS)('default template in %s on a plan with ties, missing statuses and unit codes', (lang) => {
  test('equals the golden file', () => {
    const r = writeNarrative(plan, lang, undefined, { today: '2022-07-15' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden(lang), `${r.text}\n`);
    expect(existsSync(golden(lang))).toBe(true);
    expect(`${r.text}\n`).toBe(readFileSync(golden(lang), 'utf8'));
  });
});

test('ties are found as ties, due actions without status are under attention, codes are split and named', () => {
  const ctx = buildContext(plan, 'ro');
  expect(ctx.highest_objectives.map((o) => o.key)).toEqual(['1', '2']);
  expect(ctx.lowest_objectives.map((o) => o.key)).toEqual(['3', '4']);
  expect(ctx.no_status.map((a) => a.id)).toEqual(['3.2', '4.2']);
  expect(ctx.attention.map((a) => a.id)).toEqual(['3.1', '3.2', '4.2']);
  expect(ctx.actions.find((a) => a.id === '1.2')!.units.map((u) => u.code)).toEqual(['DIP', 'SRJU', 'SGPE']);
  expect(ctx.institution).toBe('Agenția de Guvernare Electronică');
  expect(ctx.plan_title).toBe('Raport privind implementarea Planului de acțiuni pe anii 2021–2023');
  const ro = writeNarrative(plan, 'ro', undefined, { today: '2022-07-15' });
  expect(ro.ok && ro.text).toContain('Cele mai înalte rate de realizare: obiectivele 1 și 2, 100,0%; cele mai mici rate: obiectivele 3 și 4, 0,0%.');
});

test('a unit is named in full on first mention, by its code after, within one text', () => {
  const r = writeNarrative(plan, 'ro', '{% for a in actions %}{{ a.units | units }}|{% endfor %}', { today: '2022-07-15' });
  expect(r.ok && r.text.split('|')[0]).toBe('Direcția implementare proiecte (DIP), Serviciul relații juridice (SRJU)');
  expect(r.ok && r.text.split('|')[1]).toBe('DIP, SRJU, Secția gestiune și planificare economică (SGPE)');
  const again = writeNarrative(plan, 'ro', '{{ actions[0].units | units }}', { today: '2022-07-15' });
  expect(again.ok && again.text).toBe('Direcția implementare proiecte (DIP), Serviciul relații juridice (SRJU)');
  const codes = writeNarrative(plan, 'ro', '{{ actions[0].units | units: "code" }}');
  expect(codes.ok && codes.text).toBe('DIP, SRJU');
});

describe('template mistakes are named plainly, in the interface language', () => {
  const message = (source: string, lang: 'ro' | 'ru' | 'en') => {
    const r = renderTemplate(source, buildContext(plan, lang));
    if (r.ok) throw new Error('expected an issue');
    return r.issues.map((i) => `${i.line}: ${templateCauseMessage(i, lang)}`);
  };
  test.each([
    ['{% assign t = total %}\n{{ t.rws }}', 'ro', '2: variabila „t.rws” nu există; ați vrut „t.rows”?'],
    ['{{ totl.rows }}', 'ro', '1: variabila „totl.rows” nu există; ați vrut „total.rows”?'],
    ['{{ total.rows | plurl: "a" }}', 'ro', '1: filtrul „plurl” nu există; ați vrut „plural”?'],
    ['\n{% if total %}x', 'ro', '2: eticheta {% if total %} nu este închisă: adăugați {% endif %}'],
    ['{% endif %}', 'ro', '1: „{% endif %}” închide o etichetă care nu a fost deschisă'],
    ['{% include "/etc/passwd" %}', 'ro', '1: șabloanele nu pot include alte fișiere sau șabloane (include, render)'],
    ['{% for a in actions %}{{ a.titel }}{% endfor %}', 'ru', '1: переменной «a.titel» нет; может быть, «a.title»?'],
    ['{% if total %}x', 'ru', '1: тег {% if total %} не закрыт: добавьте {% endif %}'],
    ['{{ total.rows ', 'en', '1: the expression "{{ total.rows" is not closed with "}}"'],
  ] as const)('%s (%s)', (source, lang, expected) => {
    expect(message(source, lang)).toEqual([expected]);
  });

  test('a template that runs too long is a limit, named as such', () => {
    const [m] = message('{% for i in (1..100000) %}{% for j in (1..100000) %}{% endfor %}{% endfor %}', 'ro');
    expect(m).toBe('1: șablonul rulează prea mult (peste 2 secunde): o buclă prea lungă?');
  }, 30_000);
});
