/** The demo shop generator (and, scaled up, the benchmark workspace). */
export { generateDemoShop, folderHasWorkspace, BENCH_SCALE } from './generate-demo-shop';
export { DEMO_PIN, demoPeople } from './demo-people';
