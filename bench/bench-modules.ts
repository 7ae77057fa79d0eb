/** Every benchmark module `npm run bench` runs, in order. Add a module here to add its figures. */
export interface BenchModule {
  name: string;
  /** targets: figure name -> the target printed beside it, e.g. '< 300'. */
  load: () => Promise<{ run: () => Promise<Record<string, number>>; targets?: Record<string, string> }>;
}

export const BENCH_MODULES: BenchModule[] = [
  { name: 'import', load: () => import('./import-bench') },
  { name: 'progress', load: () => import('./progress-bench') },
  { name: 'scoring', load: () => import('./scoring-bench') },
  { name: 'first-screen', load: () => import('./first-screen-bench') },
];
