/** Operations of the scenario domain. */
import { z } from 'zod';
import { EVERYONE, operation } from './operation';

export const scenarioOps = {};

// Referenced so the imports stay until this domain's operations land.
void z;
void EVERYONE;
void operation;
