/**
 * The demo shop: a separate workspace, clearly marked `settings.demo = true`, with a dozen people
 * in every role, the starter playbook published as version 1, the starter scenarios, eight weeks
 * of realistic attempts scored by the real scoring core, reviews with overrides and reasons,
 * coaching comments, assignments (some overdue) and acknowledgements. Deterministic from a seed.
 * Scaled up, the same generator makes the benchmark's 200-person, 50,000-attempt workspace.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScenarioEntry } from '../../shared/domain/scenario-library';
import type { Scenario } from '../../shared/domain/scenario';
import type { PinHash } from '../auth/pin-hash';
import { seedFromContentPack } from '../content/seed-workspace';
import { publishDraft } from '../playbook/publish';
import { isTrainee } from '../progress/assignment-targets';
import { WORKSPACE_SCHEMA_VERSION, workspaceSchema, type StoredPerson } from '../store/workspace-schema';
import { demoAssignments } from './demo-assignments';
import { demoHistory } from './demo-history';
import { DEMO_PIN, demoPeople } from './demo-people';
import { seededRandom } from './seeded-random';
import { summarizeAttempt } from '../../shared/domain/attempt-summary';
import { writePersonAttempts } from '../store/bulk-attempt-files';

const DAY = 86_400_000;

export interface DemoScale {
  people: number;
  scenarios: number;
  weeks: number;
  /** Total attempts; by default each person's own pace decides. */
  attempts?: number;
  /** One long-serving employee with this many attempts of their own. */
  heavyPersonAttempts?: number;
  reviewShare: number;
}

export const DEMO_SCALE: DemoScale = { people: 12, scenarios: 11, weeks: 8, reviewShare: 0.15 };
export const BENCH_SCALE: DemoScale = { people: 200, scenarios: 60, weeks: 104, attempts: 50_000, heavyPersonAttempts: 5_000, reviewShare: 0.02 };

export interface DemoShopOptions {
  dir: string;
  contentDir: string;
  now: Date;
  /** The hashed demo PIN (hashing is slow; done once by the caller). */
  pin: PinHash;
  seed?: number;
  scale?: DemoScale;
}

export interface DemoShopSummary {
  dir: string;
  people: { id: string; name: string; role: string; pin: string }[];
  attempts: number;
  heavyPersonId: string | null;
}

export async function folderHasWorkspace(dir: string): Promise<boolean> {
  return access(join(dir, 'workspace.json')).then(
    () => true,
    () => false,
  );
}

function moreScenarios(entries: ScenarioEntry[], count: number): ScenarioEntry[] {
  const out = [...entries];
  for (let i = entries.length; i < count; i++) {
    const base = entries[i % entries.length];
    const n = Math.floor(i / entries.length) + 1;
    const versions = base.versions.map((v) => ({ ...v, id: `${base.id}-${n}`, title: `${v.title} (${n})` }));
    out.push({ ...base, id: `${base.id}-${n}`, versions });
  }
  return out.slice(0, count);
}

export async function generateDemoShop(options: DemoShopOptions): Promise<DemoShopSummary> {
  if (await folderHasWorkspace(options.dir)) throw new Error(`${options.dir} already holds a workspace; choose an empty folder for the demo shop.`);
  const scale = options.scale ?? DEMO_SCALE;
  const random = seededRandom(options.seed ?? 7);
  const end = options.now;
  const start = new Date(end.getTime() - scale.weeks * 7 * DAY);
  const people = demoPeople(scale.people, random, (i) => `demo${String(i + 1).padStart(4, '0')}`);
  const leader = people.find((p) => p.role === 'leader')!;
  const managers = people.filter((p) => p.role === 'manager');
  const startIso = start.toISOString();

  const seeded = await seedFromContentPack(options.contentDir, { at: startIso, by: leader.id });
  const playbook = publishDraft(seeded.playbook, { summary: 'Our first playbook: five chapters and twelve service standards.', at: new Date(start.getTime() + DAY).toISOString(), by: leader.id, dueDate: new Date(start.getTime() + 14 * DAY).toISOString().slice(0, 10) });
  const scenarioEntries = moreScenarios(seeded.scenarios, scale.scenarios);
  const scenarios: Scenario[] = scenarioEntries.map((e) => e.versions[e.versions.length - 1]);
  const stored: StoredPerson[] = people.map((p) => ({ id: p.id, name: p.name, role: p.role, active: true, pin: options.pin, createdAt: startIso, updatedAt: startIso }));
  const assignments = demoAssignments(start, end, stored, leader.id, managers[0]?.id ?? leader.id, scenarios.map((s) => s.id));

  const trainees = people.filter((p) => isTrainee({ ...p, active: true }));
  const heavy = scale.heavyPersonAttempts ? (trainees.find((p) => p.role === 'employee') ?? null) : null;
  const perPerson = new Map<string, number>();
  if (scale.attempts) {
    const rest = trainees.filter((p) => p !== heavy);
    const left = scale.attempts - (heavy ? scale.heavyPersonAttempts! : 0);
    rest.forEach((p, i) => perPerson.set(p.id, Math.floor(left / rest.length) + (i < left % rest.length ? 1 : 0)));
    if (heavy) perPerson.set(heavy.id, scale.heavyPersonAttempts!);
  } else for (const p of trainees) perPerson.set(p.id, Math.max(1, Math.round(p.pace * scale.weeks * (0.8 + random.next() * 0.4))));

  const byKey = new Map(scenarios.map((s) => [`${s.id}@${s.version}`, s]));
  await mkdir(options.dir, { recursive: true });
  let total = 0;
  for (const person of trainees) {
    const history = demoHistory({ person, count: perPerson.get(person.id) ?? 0, start, end, scenarios, assignments, reviewers: [leader.id, ...managers.map((m) => m.id)], reviewShare: scale.reviewShare, random });
    total += history.attempts.length;
    await writePersonAttempts(options.dir, person.id, history.attempts, history.comments, (a) => summarizeAttempt(a, byKey.get(`${a.scenarioId}@${a.scenarioVersion}`) ?? null));
  }

  const acknowledgements = trainees
    .filter((p) => p.pace > 1 && random.chance(0.85))
    .map((p) => ({ personId: p.id, version: 1, at: new Date(start.getTime() + random.int(1, 12) * DAY + random.int(1, 8) * 3_600_000).toISOString() }));
  const workspace = workspaceSchema.parse({
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    settings: { brandName: 'Kasut Kita (demo shop)', region: 'MY', idleMinutes: 240, demo: true, createdAt: startIso },
    people: stored,
    playbook: { ...playbook, acknowledgements },
    scenarios: scenarioEntries,
    assignments,
  });
  await writeFile(join(options.dir, 'workspace.json'), JSON.stringify(workspace, null, 2));
  return { dir: options.dir, people: people.map((p) => ({ id: p.id, name: p.name, role: p.role, pin: DEMO_PIN })), attempts: total, heavyPersonId: heavy?.id ?? null };
}
