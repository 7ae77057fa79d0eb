/**
 * The Electron fuses electron-builder flips in the packaged binary (`electronFuses` in
 * electron-builder.yml). Each value is checked, every key must be one electron-builder's schema
 * knows (a misspelt key would fail `npm run dist`, which CI cannot run), and electron-builder's own
 * translation is run to prove each key lands on the intended fuse.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { PlatformPackager } from 'app-builder-lib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '..', '..');
const builderConfig = z.object({ electronFuses: z.record(z.string(), z.boolean()) });
const builderSchema = z.object({
  definitions: z.object({ FuseOptionsV1: z.object({ properties: z.record(z.string(), z.unknown()), additionalProperties: z.literal(false) }) }),
});

async function configuredFuses(): Promise<Record<string, boolean>> {
  return builderConfig.parse(parse(await readFile(resolve(root, 'electron-builder.yml'), 'utf8'))).electronFuses;
}

const EXPECTED = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('the packaged app\'s Electron fuses', () => {
  it('turn off running as Node, NODE_OPTIONS, --inspect and file:// privileges, and turn on cookie encryption and asar-only integrity-checked loading', async () => {
    expect(await configuredFuses()).toEqual(EXPECTED);
  });

  it("use only keys electron-builder's configuration schema knows", async () => {
    const schemaPath = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');
    const known = Object.keys(builderSchema.parse(JSON.parse(await readFile(schemaPath, 'utf8'))).definitions.FuseOptionsV1.properties);
    for (const key of Object.keys(await configuredFuses())) expect(known, key).toContain(key);
  });

  it('become exactly these fuse wires when electron-builder translates them for @electron/fuses', async () => {
    // generateFuseConfig is private in electron-builder's types; it is the step `npm run dist` runs.
    const generateFuseConfig = Reflect.get(PlatformPackager.prototype, 'generateFuseConfig') as (fuses: Record<string, boolean>) => Promise<Record<string, unknown>>;
    const wires = await generateFuseConfig.call(null, await configuredFuses());
    expect(wires[FuseV1Options.RunAsNode]).toBe(false);
    expect(wires[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(wires[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(wires[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(wires[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(wires[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(wires[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(wires[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBeUndefined();
  });
});
