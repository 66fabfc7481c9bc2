import { firstSentence } from '../src/core/text';

test.each([
  ['A fost elaborat proiectul. Urmează avizarea.', 'A fost elaborat proiectul.'],
  ['Conform HG nr. 123 din 2020, proiectul a fost aprobat. Altceva.', 'Conform HG nr. 123 din 2020, proiectul a fost aprobat.'],
  ['Portalul www.date.gov.md a fost extins. Altceva.', 'Portalul www.date.gov.md a fost extins.'],
  ['Proiectul este pilotat pe 3 servicii:\n\n1. Eliberarea permisului. 2. Ajutorul.', 'Proiectul este pilotat pe 3 servicii:'],
  ['Semnat de A. Ionescu la 25.06.2018. Apoi publicat.', 'Semnat de A. Ionescu la 25.06.2018.'],
  ['Nu au fost alocate fonduri', 'Nu au fost alocate fonduri'],
  ['Проект утверждён. Далее публикация.', 'Проект утверждён.'],
  ['', ''],
])('first sentence of %j', (text, first) => {
  expect(firstSentence(text)).toBe(first);
});
