import { foldWords } from './text';

export const ROLES = [
  'id',
  'objective',
  'area',
  'action',
  'subaction',
  'responsible',
  'deadline',
  'cost',
  'indicators',
  'status',
  'description',
  'status_description',
] as const;

export type Role = (typeof ROLES)[number];

/** Header patterns per role, on foldWords() text (so й is и), tried in this order: the first match wins. */
const STATUS =
  /^(status|statut|stare)|(?<!\p{L})(nivel\w* de (realizare|implementare|executare)|grad\w* de (realizare|implementare|executare)|статус|степень выполнения|состояние)|^state\b/u;
const DESCRIPTION = /descrier|informati|comentari|mentiun|информаци|комментар|примечан|^progress|comment|narrative|^notes?$|^remarks?$|^explicati/;

const ORDERED: [Role, RegExp][] = [
  ['status', STATUS],
  ['subaction', /\bsub ?actiun|\bsubactiv|\bsub ?action|подмероприят|поддеиств/],
  ['area', /^domeni|\bdirecti\w* de actiun|^directi|^axa|направлени|^area\b|^areas\b|^domain/],
  ['indicators', /indicator|индикатор|показател/],
  ['deadline', /termen|^perioada de realizare|срок|deadline|^due\b|timeline|^timeframe/],
  ['responsible', /responsabil|executor|implementator|ответствен|исполнител|responsib|^implementing/],
  ['cost', /\bcost|finantar|buget|стоимост|финансир|бюджет|funding|budget/],
  ['description', DESCRIPTION],
  ['objective', /obiectiv|^цел|^задач|objective|^goal/],
  ['action', /actiun|masur|activitat|деиств|мероприяти|^action|measure|activit/],
  ['id', /^(nr|no|n|№|#|id|crt)( .{0,8})?$/],
];

export function roleOfHeader(text: string): Role | null {
  const t = foldWords(text);
  if (!t) return null;
  if (STATUS.test(t) && DESCRIPTION.test(t)) return 'status_description';
  for (const [role, re] of ORDERED) if (re.test(t)) return role;
  return null;
}
