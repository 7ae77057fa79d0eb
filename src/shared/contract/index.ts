/**
 * The whole API contract. Every host (IPC, HTTP) and the renderer's client are built by walking
 * this object; adding an operation means adding it to a domain's ops file and to core's handler group for it.
 */
import type { z } from 'zod';
import { joinOperations, type OperationSpec } from './operation';
import { sessionOps } from './session-ops';
import { peopleOps } from './people-ops';
import { settingsOps } from './settings-ops';
import { playbookOps } from './playbook-ops';
import { transcriptOps } from './transcript-ops';
import { scenarioOps } from './scenario-ops';
import { trainingOps } from './training-ops';
import { progressOps } from './progress-ops';
import { scoringOps } from './scoring-ops';
import { homeOps } from './home-ops';

export const contract = joinOperations(sessionOps, peopleOps, settingsOps, playbookOps, transcriptOps, scenarioOps, trainingOps, progressOps, scoringOps, homeOps);

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export const operationNames = Object.keys(contract) as OperationName[];

export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type ResultOf<K extends OperationName> = Contract[K] extends OperationSpec<z.ZodType, infer R> ? R : never;

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The IPC channel an operation travels on. */
export const ipcChannel = (name: OperationName): string => `cxdojo:${name}`;

export * from './operation';
