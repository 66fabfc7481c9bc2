import { narrativeToClipboardText, narrativeToHtml } from '../src/report/clipboard';

const md = [
  '# Raport <2022>',
  'Agenția & Co',
  '',
  '## Sumar',
  '',
  'Au fost **29 de acțiuni** realizate.',
  '',
  '- **1.9** Ghișeu <script>x</script>',
  '- **1.10** Sistem',
].join('\n');

test('HTML keeps headings, bold and lists, and escapes every piece of text', () => {
  const html = narrativeToHtml(md);
  expect(html).toContain('<h1>Raport &lt;2022&gt;</h1>');
  expect(html).toContain('<p>Agenția &amp; Co</p>');
  expect(html).toContain('<h2>Sumar</h2>');
  expect(html).toContain('<p>Au fost <strong>29 de acțiuni</strong> realizate.</p>');
  expect(html).toContain('<ul><li><strong>1.9</strong> Ghișeu &lt;script&gt;x&lt;/script&gt;</li><li><strong>1.10</strong> Sistem</li></ul>');
  expect(html).not.toMatch(/\*\*|##|<script>/);
});

test('plain text has no Markdown marks', () => {
  const text = narrativeToClipboardText(md);
  expect(text).toBe(
    ['Raport <2022>', 'Agenția & Co', '', 'Sumar', '', 'Au fost 29 de acțiuni realizate.', '', '• 1.9 Ghișeu <script>x</script>', '• 1.10 Sistem'].join('\n'),
  );
  expect(text).not.toMatch(/\*\*|^#|^- /m);
});
