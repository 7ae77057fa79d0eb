/** The demo shop's staff: a dozen people in every role, each with a skill and how fast they improve. */
import type { Role } from '../../shared/contract/operation';
import type { Random } from './seeded-random';

export interface DemoPerson {
  id: string;
  name: string;
  role: Role;
  /** Starting skill 0..1 and its gain over the whole period. */
  skill: number;
  growth: number;
  /** Attempts per week on average. */
  pace: number;
}

const DEMO_STAFF: [string, Role, number, number, number][] = [
  ['Siti Rahman', 'leader', 0.9, 0, 0],
  ['Maria Santos', 'manager', 0.8, 0.05, 1],
  ['Kwame Mensah', 'manager', 0.7, 0.1, 1],
  ['Budi Santoso', 'employee', 0.45, 0.35, 5],
  ['Nguyen Thi Lan', 'employee', 0.65, 0.2, 4],
  ['Amara Okafor', 'employee', 0.75, 0.15, 4],
  ['Arjun Pillai', 'employee', 0.3, 0.2, 3],
  ['Dewi Lestari', 'employee', 0.55, 0.3, 5],
  ['Joy Dela Cruz', 'employee', 0.5, 0.05, 2],
  ['Wanjiru Kamau', 'employee', 0.85, 0.1, 3],
  ['Somchai Boonmee', 'employee', 0.35, 0.4, 4],
  ['Farah Aziz', 'employee', 0.6, 0.0, 1],
];

export const DEMO_PIN = '1234';

export function demoPeople(count: number, random: Random, idOf: (i: number) => string): DemoPerson[] {
  if (count <= DEMO_STAFF.length)
    return DEMO_STAFF.slice(0, count).map(([name, role, skill, growth, pace], i) => ({ id: idOf(i), name, role, skill, growth, pace }));
  return Array.from({ length: count }, (_, i) => {
    const role: Role = i === 0 ? 'leader' : i % 10 === 1 ? 'manager' : 'employee';
    return { id: idOf(i), name: `Staff member ${String(i + 1).padStart(3, '0')}`, role, skill: 0.3 + random.next() * 0.6, growth: random.next() * 0.3, pace: 3 };
  });
}
