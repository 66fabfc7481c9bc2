import { memo } from './memo';
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
  /^(status|statut|stare|starea|stadi|situatia)|(?<!\p{L})(nivel\w* de (realizare|implementare|executare|indeplinire)|grad\w* de (realizare|implementare|executare|indeplinire)|stadi\w* (de )?(realizar|implementar|executar|indeplinir)\w*|starea (de )?(realizar|implementar)\w*|status|статус|степень (выполнения|исполнения|реализации)|состояние|отметка о (выполнении|исполнении)|ход (выполнения|исполнения))|^state\b|^completion\b|^implementation (status|level)/u;
const DESCRIPTION =
  /descrier|informati|comentari|mentiun|rezultat\w* (obtinut|atins)|progres\b|информаци|^описани|комментар|примечан|пояснени|^progress|comment|narrative|^notes?$|^remarks?$|^explicati|^explanation|^details?$|evidence|^(latest |progress |last )?updates?$|^latest (news|position)|^actualizar|^обновлени/;

const ORDERED: [Role, RegExp][] = [
  ['status', STATUS],
  ['subaction', /\bsub ?actiun|\bsubactiv|\bsub ?action|подмероприят|поддеиств/],
  [
    'area',
    /^outputs?$|^topics?$|^themes?$|^categor\w*( en)?$|^ambitions?$|^domeni|\bdirecti\w* de actiun|^directi|^axa|направлени|^area\b|^areas\b|^domain|^pillar|^component/,
  ],
  [
    'indicators',
    /indicator|индикатор|показател|^measurement|^measure of|^kpi|^metric|^target\b|^output|^rezultat\w* (asteptat|scontat)|^produs|success (look|criteri|measure)|criterii de succes|критери\w* успеха/,
  ],
  [
    'deadline',
    /termen|^perioada de (realizare|implementare|executare)|срок|deadline|^due\b|timeline|^timeframe|^time ?frame|target date|completion date|^end date|^data (limita|finalizarii)|^период (исполнения|выполнения)|^дата/,
  ],
  [
    'responsible',
    /responsabil|executor|implementator|ответствен|исполнител|responsib|^implementing|^lead (agency|institution|organi)|^owner|^in charge|^partener|\bpartners?\b|партнер|^institutia|^autoritat/,
  ],
  ['cost', /\bcost|finantar|buget|стоимост|финансир|бюджет|funding|budget|^sursa/],
  ['description', DESCRIPTION],
  ['objective', /^outcomes?$|obiectiv|^цел|^задач|objective|^goal|^commitment|^angajament/],
  ['action', /actiun|masur|activitat|деиств|мероприяти|^action|measure|activit|^milestone|^task|^sarcin|^intervent/],
  ['id', /^(nr|no|n|№|#|id|crt|ref)( .{0,8})?$/],
];

const MAX_HEADER = 160;

/** "Statutul în perioada precedentă", "Status in the previous period": last period's, kept for reference. */
const ANOTHER_PERIOD = /(?<!\p{L})(precedent|anterio|previous|prior|предыдущ|прошл)/u;

/** Does the header name a column of another (earlier) period? Such a column takes no role of this one. */
export const namesAnotherPeriod = memo((text: string): boolean => ANOTHER_PERIOD.test(foldWords(text)));

/** "efectiv", "actual", "фактически": a sub-column of what was done, beside what was planned. */
const ACTUAL = /(?<!\p{L})(efectiv\p{L}*|actual|факт|фактическ\p{L}*|de facto)(?!\p{L})/u;

export const namesActual = memo((text: string): boolean => ACTUAL.test(foldWords(text)));

/** Every role a header names, the strongest first (the first pattern to match). */
export function headerRoles(text: string): Role[] {
  // A header names its column in a few words; a long text is data, not a header.
  if (text.length > MAX_HEADER || namesAnotherPeriod(text)) return [];
  return [...rolesOf(text)];
}

const rolesOf = memo((text: string): readonly Role[] => {
  const t = foldWords(text);
  if (!t) return [];
  const out: Role[] = [];
  if (STATUS.test(t) && DESCRIPTION.test(t)) out.push('status_description');
  for (const [role, re] of ORDERED) if (re.test(t)) out.push(role);
  return out;
});

export function roleOfHeader(text: string): Role | null {
  return headerRoles(text)[0] ?? null;
}
