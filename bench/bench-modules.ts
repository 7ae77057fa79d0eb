/** Every benchmark module `npm run bench` runs, in order. Add a module here to add its figures. */
export interface BenchModule {
  name: string;
  load: () => Promise<{ run: () => Promise<Record<string, number>> }>;
}

export const BENCH_MODULES: BenchModule[] = [
  { name: 'import', load: () => import('./import-bench') },
  { name: 'progress', load: () => import('./progress-bench') },
  { name: 'scoring', load: () => import('./scoring-bench') },
];
