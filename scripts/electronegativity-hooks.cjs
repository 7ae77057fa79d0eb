/**
 * Preloaded (`node -r`) before electronegativity: its parser (@typescript-eslint/typescript-estree,
 * hoisted to the top-level node_modules) would load the project's TypeScript 7, which has no JS
 * API. This sends every `require('typescript')` to the TypeScript 4.2 electronegativity ships with,
 * and keeps its translation loader offline (electronegativity-offline-got.cjs).
 */
const Module = require('node:module');
const path = require('node:path');

const bundled = path.join(__dirname, '..', 'node_modules', '@doyensec', 'electronegativity', 'node_modules', 'typescript');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveTypescript(request, parent, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) {
    return resolveFilename.call(this, request.replace(/^typescript/, bundled), parent, ...rest);
  }
  if (request === 'got' && parent && /[\\/]electronegativity[\\/]dist[\\/]locales[\\/]/.test(parent.filename)) {
    return path.join(__dirname, 'electronegativity-offline-got.cjs');
  }
  return resolveFilename.call(this, request, parent, ...rest);
};
