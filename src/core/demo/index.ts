/** The demo shop generator (and, scaled up, the benchmark workspace). */
export { generateDemoShop, folderHasWorkspace, DEMO_SCALE, BENCH_SCALE, type DemoScale, type DemoShopOptions, type DemoShopSummary } from './generate-demo-shop';
export { DEMO_PIN, demoPeople } from './demo-people';
