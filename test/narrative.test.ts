import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { Analysis, analyzeWorkbook } from '../src/core/analyze';
import { LANGS } from '../src/core/messages';
import { buildContext, renderTemplate, writeNarrative, DEFAULT_TEMPLATES } from '../src/core/narrative';
import { loadWorkbook } from '../src/xlsx/read';

let a: Analysis;
beforeAll(async () => {
  a = analyzeWorkbook((await loadWorkbook(readFileSync(SAMPLE_XLSX))).grid);
});

const golden = (lang: string) => join(__dirname, 'fixtures', 'narrative', `sample.${lang}.md`);

// Set UPDATE_GOLDEN=1 to rewrite the files after a deliberate change of wording, then read the diff.
describe.each(LANGS)('default template in %s', (lang) => {
  test('output on the sample equals the golden file', () => {
    const r = writeNarrative(a, lang, undefined, { today: '2020-07-15' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden(lang), `${r.text}\n`);
    expect(existsSync(golden(lang))).toBe(true);
    expect(`${r.text}\n`).toBe(readFileSync(golden(lang), 'utf8'));
  });
});

test('numbers in the narrative come from the statistics', () => {
  const r = writeNarrative(a, 'ro');
  expect(r.ok && r.text).toContain('au fost monitorizate 29 de acțiuni. Dintre acestea, 15 acțiuni (51,7%) au fost realizate');
  expect(r.ok && r.text).toContain('pentru 3 acțiuni (1.10, 3.1 și 6.2) termenul de realizare a fost depășit');
});

describe('a template with a mistake gives issues with line and column, and no output', () => {
  const issues = (source: string) => {
    const r = renderTemplate(source, buildContext(a, 'ro'));
    expect(r.ok).toBe(false);
    expect('text' in r).toBe(false);
    return r.ok ? [] : r.issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.params.name ?? ''}`.trim());
  };
  test('unknown variable', () => {
    expect(issues('Total:\n  {{ totl.rows }}')).toEqual(['2:6 template_unknown_variable totl.rows']);
    expect(issues('{{ total.rowz }}')).toEqual(['1:4 template_unknown_variable total.rowz']);
  });
  test('unknown variable inside a loop, found when it runs', () => {
    expect(issues('{% for o in objectives %}\n{{ o.nope }}{% endfor %}')).toEqual(['2:4 template_unknown_variable o.nope']);
  });
  test('unclosed tag', () => {
    expect(issues('Text\n{% if total.rows > 0 %}\nmore')).toEqual(['2:1 template_syntax']);
    expect(issues('{{ total.rows ')[0]).toMatch(/^1:1 template_syntax/);
  });
  test('unknown filter', () => {
    expect(issues('{{ total.rows | shout }}')).toEqual(['1:1 template_unknown_filter shout']);
  });
  test.each([
    ['{{ total.constructor }}', '1:4 template_forbidden total.constructor'],
    ['{{ total.__proto__ }}', '1:4 template_forbidden total.__proto__'],
    ['{{ objectives.first.constructor.name }}', '1:4 template_forbidden objectives.first.constructor.name'],
    ['{% for o in objectives %}{{ o["constructor"] }}{% endfor %}', '1:29 template_forbidden o.constructor'],
    ['{% assign c = "constructor" %}{{ total[c] }}', null],
  ])('no way to prototypes: %s', (source, expected) => {
    const got = issues(source);
    if (expected) expect(got).toEqual([expected]);
    else expect(got[0]).toMatch(/template_(forbidden|unknown_variable)/);
  });
  test('no files: include and render find nothing', () => {
    expect(issues('{% include "/etc/passwd" %}')[0]).toMatch(/^1:1 template_error/);
    expect(issues('{% render "../package.json" %}')[0]).toMatch(/^1:1 template_error/);
  });
  test('bounded loops and output', () => {
    expect(issues('{% for i in (1..100000000) %}{{ i }}{% endfor %}')[0]).toMatch(/template_limit/);
    const big = '{% for a in (1..3000) %}{% for b in (1..3000) %}xx{% endfor %}{% endfor %}';
    expect(issues(big)[0]).toMatch(/template_limit/);
  });
  test.each(['{{ process.env }}', '{{ global }}', '{{ globalThis }}', '{{ require }}', '{{ window.location }}', '{{ this }}'])('no globals: %s', (source) => {
    expect(issues(source)[0]).toMatch(/^1:\d+ template_unknown_variable/);
  });
  test('no code evaluation: liquid has no eval, and the text of code is just text', () => {
    const r = renderTemplate('{{ "1+1" }} {% assign x = "constructor" %}{{ x }}', buildContext(a, 'ro'));
    expect(r).toEqual({ ok: true, text: '1+1 constructor' });
  });
});

test('the default templates use only known variables in every language', () => {
  for (const lang of LANGS) expect(renderTemplate(DEFAULT_TEMPLATES[lang], buildContext(a, lang)).ok).toBe(true);
});

test('a template on a plan with no objectives and no period still renders', () => {
  const empty = analyzeWorkbook({ sheets: [{ name: 'P', rows: [['Nr.', 'Acțiunea', 'Termen', 'Statutul']] }] });
  for (const lang of LANGS) {
    const r = writeNarrative(empty, lang);
    expect(r.ok).toBe(true);
  }
});
