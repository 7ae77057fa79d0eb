/** Operations of the progress domain. */
import { z } from 'zod';
import { EVERYONE, operation } from './operation';

export const progressOps = {};

// Referenced so the imports stay until this domain's operations land.
void z;
void EVERYONE;
void operation;
