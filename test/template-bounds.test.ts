import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { runCli } from './helpers/child';

const dir = mkdtempSync(join(tmpdir(), 'apr-tpl-'));

/** Templates that tried to outgrow the render limits; each must end with exit 2 naming the limit. */
const HOSTILE: [string, string][] = [
  ['a range of 100 million with limit:', '{% for i in (1..100000000) limit: 2 %}{{ i }}{% endfor %}'],
  ['a range of 100 million with offset:', '{% for i in (1..100000000) offset: 99999990 %}{{ i }}{% endfor %}'],
  ['tablerow over 100 million', '{% tablerow i in (1..100000000) %}{{ i }}{% endtablerow %}'],
  [
    'replace growing tenfold each step',
    '{% assign s = "aaaaaaaaaa" %}{% for i in (1..12) %}{% assign s = s | replace: "a", "aaaaaaaaaa" %}{% endfor %}{{ s.size }}',
  ],
  ['append doubling', '{% assign s = "a" %}{% for i in (1..60) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}'],
  ['capture doubling', '{% assign s = "a" %}{% for i in (1..60) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s.size }}'],
  ['output of nested loops', '{% for i in (1..3000) %}{% for j in (1..3000) %}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}{% endfor %}'],
  ['nested loops that only spin', '{% for i in (1..3000) %}{% for j in (1..3000) %}{% if i == j %}{% endif %}{% endfor %}{% endfor %}'],
];

describe('hostile templates end within the time limit and the memory bound (child process, peak RSS)', () => {
  test.each(HOSTILE)(
    '%s',
    (name, source) => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.liquid`);
      writeFileSync(file, source);
      const r = runCli(['report', SAMPLE_XLSX, '--template', file, '--narrative-only', '--lang', 'en'], 60_000);
      expect(r.signal).toBeNull();
      expect(r.exit).toBe(2);
      expect(r.stderr).toMatch(/\[template_limit\]/);
      // Reading the sample and the default template peak near 100 MB; the first round reached 3.4 GB.
      expect(r.peakMB).toBeLessThan(300);
      // The render limit is 2 s; loading and analysing the sample comes before it.
      expect(r.ms).toBeLessThan(30_000);
    },
    90_000,
  );

  test('the default template still renders within the bounds', () => {
    const r = runCli(['report', SAMPLE_XLSX, '--narrative-only', '--lang', 'en'], 60_000);
    expect(r.exit).toBe(0);
    expect(r.stdout).toMatch(/29 actions were monitored/);
  }, 90_000);
});
