/**
 * Canonical plans for the metamorphic layout tests: what a plan says, apart from how it is laid
 * out. The sample's actions, and synthetic plans drawn from a seeded generator.
 */
import { readSampleActions } from '../../samples/build-sample';
import { Period, makePeriod } from '../../src/core/period';
import { STATES, State, parseStatus } from '../../src/core/status';
import { Rng } from './rng';

export type DeadlineSpec =
  | { kind: 'text'; text: string }
  | { kind: 'quarter' | 'semester'; n: number; year: number }
  | { kind: 'month'; m: number; year: number }
  | { kind: 'year'; year: number }
  | { kind: 'date'; d: number; m: number; year: number }
  | { kind: 'annual' | 'ongoing' }
  | { kind: 'recurring'; every: 'semester' | 'quarter' };

export interface ActionSpec {
  id: string;
  title: string;
  /** Responsible units, or one verbatim text (the sample's). */
  responsible: string[] | string;
  deadline: DeadlineSpec;
  cost: string;
  indicators: string;
  state: State;
  /** The sample's status text, kept verbatim; synthetic plans draw their wording per layout. */
  status?: string;
  description: string;
}

export interface AreaSpec {
  n: number;
  title: string;
  actions: ActionSpec[];
}

export interface ObjectiveSpec {
  n: number;
  title: string;
  areas: AreaSpec[];
}

export interface PlanSpec {
  name: string;
  /** Ids numbered by area (the sample) or by objective. */
  hasAreas: boolean;
  objectives: ObjectiveSpec[];
  period: Period;
  /** Wording of the period is drawn from these kinds' phrases. */
  lang: 'ro' | 'en' | 'ru' | 'any';
}

export function samplePlan(): PlanSpec {
  const objectives: ObjectiveSpec[] = [];
  for (const a of readSampleActions()) {
    const oTitle = a.objective_group.replace(/^Obiectivul \d+\.\s*/, '');
    let o = objectives.find((x) => x.title === oTitle);
    if (!o) objectives.push((o = { n: objectives.length + 1, title: oTitle, areas: [] }));
    const aTitle = a.area.replace(/^\d+\.\s*/, '');
    let ar = o.areas.find((x) => x.title === aTitle);
    if (!ar) o.areas.push((ar = { n: Number(/^(\d+)/.exec(a.area)![1]), title: aTitle, actions: [] }));
    ar.actions.push({
      id: a.id,
      title: a.action,
      responsible: a.responsible,
      deadline: { kind: 'text', text: a.deadline },
      cost: a.cost,
      indicators: a.indicators,
      state: parseStatus(a.status)!.state,
      status: a.status,
      description: a.description,
    });
  }
  return { name: 'sample', hasAreas: true, objectives, period: makePeriod('semester', 1, 2020), lang: 'ro' };
}

const TITLES = [
  'Digitalizarea serviciilor publice',
  'Transparența procesului decizional',
  'Open data for everyone',
  'Подотчётность органов власти',
  'Consolidarea capacităților instituționale',
  'Cooperation with civil society',
  'Modernizarea registrelor de stat',
  'Доступ к информации',
];
const AREA_TITLES = [
  'Date deschise',
  'Achiziții publice',
  'Participarea cetățenilor',
  'Servicii electronice',
  'Public consultations',
  'Access to information',
  'Бюджетная прозрачность',
  'Registre de stat',
  'Diaspora',
  'Training and capacity',
];
const ACTIONS = [
  'Elaborarea regulamentului privind portalul datelor deschise',
  'Publish the annual open data report',
  'Организовать обучение сотрудников',
  'Instruirea funcționarilor publici în domeniul transparenței',
  'Launch the public consultation platform',
  'Actualizarea registrului serviciilor publice',
  'Подготовить проект постановления',
  'Evaluarea necesităților utilizatorilor de date',
  'Review the procurement procedures',
  'Crearea unui mecanism de feedback pentru cetățeni',
];
const UNITS = ['DIP', 'SACSI', 'DPD', 'AGE', 'MF', 'Ministerul Finanțelor', 'Cancelaria de Stat'];
const NARRATIVES = [
  'Proiectul a fost elaborat și remis spre avizare ministerelor de resort.',
  'The report was published on the official website in March.',
  'Проект направлен на согласование в министерства.',
  'Au fost instruiți 120 de funcționari din 15 autorități publice centrale.',
  '',
];

/** A synthetic plan: 2–4 objectives, areas or not, 1–4 actions under each grouping. */
export function syntheticPlan(rng: Rng, name: string): PlanSpec {
  const hasAreas = rng.bool();
  const year = rng.int(2019, 2024);
  const period = rng.pick([
    makePeriod('semester', 1, year),
    makePeriod('semester', 2, year),
    makePeriod('year', 1, year),
    makePeriod('quarter', 3, year),
    makePeriod('months', 9, year),
  ]);
  const objectives: ObjectiveSpec[] = [];
  let areaN = 0;
  const nObj = rng.int(2, 4);
  // Titles differ, as a plan's groupings do: a repeated title would be one grouping.
  const objectiveTitles = rng.shuffle(TITLES);
  const areaTitles = rng.shuffle(AREA_TITLES);
  for (let o = 1; o <= nObj; o++) {
    const areas: AreaSpec[] = [];
    const nAreas = hasAreas ? rng.int(1, 2) : 1;
    let actionN = 0;
    for (let a = 0; a < nAreas; a++) {
      areaN++;
      const actions: ActionSpec[] = [];
      const n = rng.int(1, 4);
      for (let i = 0; i < n; i++) {
        actionN++;
        const state = rng.pick(STATES);
        const units = rng.pickSome(UNITS, rng.int(1, 2));
        actions.push({
          id: `${hasAreas ? areaN : o}.${hasAreas ? i + 1 : actionN}`,
          title: rng.pick(ACTIONS),
          responsible: units,
          deadline: rng.pick<DeadlineSpec>([
            { kind: 'quarter', n: rng.int(1, 4), year },
            { kind: 'semester', n: rng.int(1, 2), year },
            { kind: 'month', m: rng.int(1, 12), year },
            { kind: 'year', year: year - rng.int(0, 1) },
            { kind: 'date', d: 15, m: rng.int(1, 12), year },
            { kind: 'annual' },
            { kind: 'recurring', every: rng.pick(['semester', 'quarter'] as const) },
            { kind: 'ongoing' },
          ]),
          cost: rng.pick(['În limitele bugetului aprobat', 'Budget', '150 000 lei', 'Бюджет']),
          indicators: rng.pick(['Număr de rapoarte publicate', 'Regulament aprobat', 'Number of people trained', 'Количество обученных сотрудников']),
          state,
          description:
            state === 'done' || state === 'not_started' || state === 'not_done' || state === 'suspended'
              ? rng.pick(NARRATIVES.slice(0, 4))
              : rng.pick(NARRATIVES),
        });
      }
      areas.push({ n: areaN, title: areaTitles[areaN - 1], actions });
    }
    objectives.push({ n: o, title: objectiveTitles[o - 1], areas });
  }
  return { name, hasAreas, objectives, period, lang: 'any' };
}
