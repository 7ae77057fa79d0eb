import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkScenarioText, parseScenarioText, serialiseScenario } from './scenario-files';
import { STARTER_STANDARD_IDS } from './starter-standard-ids';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

describe('scenario files', () => {
  it('parses a YAML scenario, filling defaults and turning difficulty 2 into "medium"', () => {
    const parsed = parseScenarioText(fixture('valid-scenario.yaml'), 'valid-scenario.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.scenario).toMatchObject({ difficulty: 'medium', passMark: 0.8, status: 'draft', version: 1 });
    const r1 = parsed.scenario.steps.r1;
    expect(r1.type === 'free-text' && r1.rubric.elements[0].phrases).toEqual([['sorry'], ['apolog*']]);
  });

  it('round-trips through YAML and JSON unchanged', () => {
    const parsed = parseScenarioText(fixture('valid-scenario.yaml'), 'valid-scenario.yaml');
    if (!parsed.ok) throw new Error('fixture should parse');
    for (const format of ['yaml', 'json'] as const) {
      const again = parseScenarioText(serialiseScenario(parsed.scenario, format), `copy.${format}`);
      expect(again.ok && again.scenario).toEqual(parsed.scenario);
    }
  });

  it('reports a YAML syntax error with the file and line', () => {
    const parsed = parseScenarioText(fixture('broken-syntax.yaml'), 'broken-syntax.yaml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ file: 'broken-syntax.yaml', message: expect.stringMatching(/^Not valid YAML/) });
    expect(parsed.problems[0].line).toBeGreaterThanOrEqual(3);
  });

  it('reports schema errors with the JSON path and the line of the bad value', () => {
    const parsed = parseScenarioText(fixture('broken-schema.yaml'), 'broken-schema.yaml');
    if (parsed.ok) throw new Error('should not parse');
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'broken-schema.yaml', field: 'channel', line: 4 }),
        expect.objectContaining({ field: 'steps.end.rating', line: 20, message: expect.stringContaining('"good"') }),
      ]),
    );
  });

  it('reports graph problems of a JSON file with their lines', () => {
    const { scenario, problems } = checkScenarioText(fixture('broken-graph.json'), 'broken-graph.json', STARTER_STANDARD_IDS);
    expect(scenario?.id).toBe('broken-graph');
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(byField['standards[1]']).toMatchObject({ line: 9, message: 'Unknown standard "be-awesome". Use one of the playbook\'s standard ids.' });
    expect(byField['steps.r1.next']).toMatchObject({ line: 18, message: expect.stringContaining('"missing-step"') });
    expect(byField['steps.orphan']).toMatchObject({ line: 20 });
    expect(byField['steps.r1.modelAnswer']).toBeDefined();
    expect(byField['steps.r1.rubric.elements']).toBeDefined();
  });

  it('quotes a few characters, not the rest of the file, after a stray "]" and an unclosed quote', () => {
    // Found by the content fuzz test: the YAML library quoted the unclosed string up to the end of
    // the file, one line of over 2000 characters.
    const rest = Array.from({ length: 80 }, (_, i) => `  step-${i}: a line the unclosed quote swallows`).join('\n');
    const parsed = parseScenarioText(`id: x\n]\n"${rest}`, 'stray.yaml');
    if (parsed.ok) throw new Error('should not parse');
    const quote = parsed.problems.find((p) => p.line === 3);
    expect(quote).toMatchObject({ file: 'stray.yaml', message: expect.stringMatching(/^Not valid YAML: Unexpected double-quoted-scalar token.*…$/) });
    expect(quote?.message.length).toBeLessThan(200);
  });

  it('cuts a graph problem that quotes a very long id', () => {
    const text = fixture('valid-scenario.yaml').replace('standards: [human-tone, apologise-own-fix]', `standards: [human-tone, ${'s'.repeat(3000)}]`);
    const { problems } = checkScenarioText(text, 'long-id.yaml', STARTER_STANDARD_IDS);
    expect(problems[0]).toMatchObject({ file: 'long-id.yaml', line: 8, field: 'standards[1]', message: expect.stringMatching(/^Unknown standard "s+…$/) });
    expect(problems[0].message.length).toBeLessThanOrEqual(500);
  });

  it('refuses a file that is neither YAML nor JSON, and invalid JSON', () => {
    expect(parseScenarioText('x', 'notes.txt')).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/\.yaml/) }] });
    expect(parseScenarioText('{"a":', 'x.json')).toMatchObject({ ok: false, problems: [{ file: 'x.json', message: expect.stringMatching(/^Not valid JSON/) }] });
  });
});
