/**
 * The graph of a scenario as flow-view nodes and edges: columns by distance from the start
 * (steps that cannot be reached go in a last column), edges labelled by the reply or branch
 * that takes them.
 */
import { successorsOf, type Scenario, type Step } from '../../../../../shared/domain/scenario';

export interface FlowNodeSpec {
  id: string;
  step: Step;
  x: number;
  y: number;
  reachable: boolean;
}

export interface FlowEdgeSpec {
  id: string;
  source: string;
  target: string;
  label?: string;
  missing: boolean;
}

const COLUMN = 320;
const ROW = 120;

const short = (text: string, max = 28) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function layoutScenario(scenario: Scenario): { nodes: FlowNodeSpec[]; edges: FlowEdgeSpec[] } {
  const depth = new Map<string, number>();
  const queue: string[] = [];
  if (scenario.steps[scenario.start]) {
    depth.set(scenario.start, 0);
    queue.push(scenario.start);
  }
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of successorsOf(scenario.steps[id])) {
      if (scenario.steps[next] && !depth.has(next)) {
        depth.set(next, depth.get(id)! + 1);
        queue.push(next);
      }
    }
  }
  const lastColumn = Math.max(-1, ...depth.values()) + 1;
  const rows = new Map<number, number>();
  const nodes = Object.entries(scenario.steps).map(([id, step]) => {
    const column = depth.get(id) ?? lastColumn;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    return { id, step, x: column * COLUMN, y: row * ROW, reachable: depth.has(id) };
  });

  const edges: FlowEdgeSpec[] = [];
  const edge = (source: string, target: string, label?: string) =>
    edges.push({ id: `${source}->${target}#${edges.length}`, source, target, missing: !scenario.steps[target], ...(label ? { label } : {}) });
  for (const [id, step] of Object.entries(scenario.steps)) {
    if (step.type === 'customer') edge(id, step.next);
    if (step.type === 'choice') step.options.forEach((o, i) => edge(id, o.next, `${String.fromCharCode(65 + i)}: ${short(o.text)}`));
    if (step.type === 'free-text') {
      if (typeof step.next === 'string') edge(id, step.next);
      else {
        for (const b of step.next.branches) edge(id, b.next, `if hit: ${short(b.ifHit.join(' + '))}`);
        edge(id, step.next.default, 'otherwise');
      }
    }
  }
  return { nodes, edges };
}
