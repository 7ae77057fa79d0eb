/**
 * The scenario as a graph (@xyflow/react): one node per step, coloured by type and labelled with
 * the type in words too; edges labelled by choice or branch. Clicking a node opens its step.
 */
import { useMemo } from 'react';
import { Background, Controls, MarkerType, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Badge, Box, Group, Text, useComputedColorScheme } from '@mantine/core';
import type { Scenario } from '../../../../../shared/domain/scenario';
import { STEP_TYPE_COLORS, STEP_TYPE_LABELS, stepSummary } from '../scenario-labels';
import { layoutScenario } from './flow-layout';
import { problemsOfStep, type EditorProblem } from './problems';

export function FlowView({ scenario, selected, onSelect, problems }: { scenario: Scenario; selected: string | null; onSelect: (id: string) => void; problems: EditorProblem[] }) {
  const scheme = useComputedColorScheme('light');
  const { nodes, edges } = useMemo(() => {
    const layout = layoutScenario(scenario);
    const nodes: Node[] = layout.nodes.map((n) => {
      const color = STEP_TYPE_COLORS[n.step.type];
      const broken = problemsOfStep(problems, n.id).length > 0;
      return {
        id: n.id,
        position: { x: n.x, y: n.y },
        sourcePosition: Position.Right,
        targetPosition: Position.Left,
        selected: n.id === selected,
        ariaLabel: `${STEP_TYPE_LABELS[n.step.type]} step ${n.id}`,
        data: {
          label: (
            <Box ta="left">
              <Group gap={4} justify="space-between" wrap="nowrap">
                <Badge size="xs" color={color} variant="filled">
                  {STEP_TYPE_LABELS[n.step.type]}
                </Badge>
                {scenario.start === n.id && (
                  <Badge size="xs" variant="outline" color="gray">
                    start
                  </Badge>
                )}
                {broken && (
                  <Badge size="xs" color="red" variant="light">
                    problem
                  </Badge>
                )}
              </Group>
              <Text size="xs" fw={700} mt={4}>
                {n.id}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {stepSummary(n.step)}
              </Text>
            </Box>
          ),
        },
        style: {
          width: 190,
          borderColor: `var(--mantine-color-${color}-6)`,
          borderWidth: n.id === selected ? 3 : 2,
          borderStyle: n.reachable ? 'solid' : 'dashed',
          background: 'var(--mantine-color-body)',
          color: 'var(--mantine-color-text)',
        },
      };
    });
    // An edge to a step that does not exist has nowhere to go; its step shows a problem instead.
    const flowEdges: Edge[] = layout.edges
      .filter((e) => !e.missing)
      .map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        label: e.label,
        markerEnd: { type: MarkerType.ArrowClosed },
        labelStyle: { fontSize: 11 },
        labelBgPadding: [4, 2] as [number, number],
      }));
    return { nodes, edges: flowEdges };
  }, [scenario, selected, problems]);

  return (
    <Box h={440} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }} aria-label="Flow of the scenario" role="figure">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        colorMode={scheme}
        fitView
        fitViewOptions={{ padding: 0.08 }}
        minZoom={0.3}
        nodesDraggable={false}
        nodesConnectable={false}
        onNodeClick={(_, node) => onSelect(node.id)}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </Box>
  );
}
