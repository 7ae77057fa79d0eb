/**
 * Malformed inputs for any operation, built from its zod schema: wrong types, missing fields,
 * huge strings, deep junk, arrays instead of objects and prototype-pollution keys. The tests that
 * walk the contract send each of these over both hosts and expect a typed refusal.
 */
import type { z } from 'zod';

export interface MalformedInput {
  label: string;
  /** The value as the host receives it after JSON parsing (own `__proto__` keys included). */
  value: unknown;
}

export const HUGE_STRING = 'x'.repeat(1024 * 1024);

/** Marker the pollution payloads try to plant on Object.prototype. */
export const POLLUTION_MARK = 'cxdojoPolluted';

const deepJunk = (depth: number): unknown => (depth === 0 ? { leaf: [null, 1, 'two', { three: [] }] } : { a: deepJunk(depth - 1), b: [deepJunk(0)] });

/** Objects whose own keys try to reach a prototype, as JSON.parse would produce them. */
const pollutionPayloads = (field?: string): MalformedInput[] => {
  const mark = `{"${POLLUTION_MARK}":"yes"}`;
  const wrap = (inner: string) => (field ? `{"${field}":${inner}}` : inner);
  return [
    { label: 'a __proto__ key', value: JSON.parse(wrap(`{"__proto__":${mark}}`)) },
    { label: 'a constructor.prototype key', value: JSON.parse(wrap(`{"constructor":{"prototype":${mark}}}`)) },
    { label: 'a prototype key', value: JSON.parse(wrap(`{"prototype":${mark}}`)) },
  ];
};

/** The field names of an object schema (or of every option of a union of objects). */
export function fieldsOf(schema: z.ZodType): string[] {
  const def = (schema as { def?: { type?: string; options?: z.ZodType[]; in?: z.ZodType; innerType?: z.ZodType } }).def;
  if (!def) return [];
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (def.type === 'object' && shape) return Object.keys(shape);
  if (def.type === 'union' && def.options) return [...new Set(def.options.flatMap(fieldsOf))];
  if (def.type === 'pipe' && def.in) return fieldsOf(def.in);
  if (def.innerType) return fieldsOf(def.innerType);
  return [];
}

export function malformedInputsFor(schema: z.ZodType): MalformedInput[] {
  const inputs: MalformedInput[] = [
    { label: 'a string instead of an object', value: 'hello' },
    { label: 'a number instead of an object', value: 42 },
    { label: 'true instead of an object', value: true },
    { label: 'an array instead of an object', value: [] },
    { label: 'an array of objects', value: [{}, {}] },
    { label: 'a huge string instead of an object', value: HUGE_STRING },
    { label: 'deeply nested junk', value: deepJunk(40) },
    { label: 'an unknown huge field', value: { notAField: HUGE_STRING } },
    ...pollutionPayloads(),
  ];
  const fields = fieldsOf(schema);
  for (const field of fields) {
    const wrongs: [string, unknown][] = [
      ['a number', 12345],
      ['a negative fraction', -0.5],
      ['a boolean', false],
      ['null', null],
      ['an array', ['a', 'b']],
      ['an object', { nested: { deeper: [1, 2, 3] } }],
      ['a 1 MB string', HUGE_STRING],
      ['an empty string', ''],
      ['a string of control characters', '\u0000\u0001\u0002\uFFFF'],
    ];
    for (const [what, value] of wrongs) inputs.push({ label: `${field} = ${what}`, value: { [field]: value } });
    inputs.push(...pollutionPayloads(field).map((p) => ({ ...p, label: `${field} holding ${p.label}` })));
  }
  if (fields.length > 1) {
    inputs.push({ label: 'every field a 1 MB string', value: Object.fromEntries(fields.map((f) => [f, HUGE_STRING])) });
    inputs.push({ label: 'every field an array', value: Object.fromEntries(fields.map((f) => [f, [f]])) });
  }
  return inputs;
}

/** What a test prints for an input: never the megabyte itself. */
export const describeInput = (label: string): string => label.slice(0, 120);
