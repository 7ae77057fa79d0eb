/** Progress tracking: mastery, assignments, reviews, reports and exports — pure functions over attempt summaries. */
export * from './assignment-status';
export * from './assignment-targets';
export * from './counting-rule';
export * from './csv';
export * from './csv-exports';
export * from './mastery';
export * from './person-report';
export * from './progress-record';
export * from './report-context';
export * from './review-overrides';
export * from './review-queue';
export * from './strengths-and-gaps';
export * from './team-report';
export * from './review-conversation';
export * from './workspace-report-context';
export * from './rescore-attempts';
