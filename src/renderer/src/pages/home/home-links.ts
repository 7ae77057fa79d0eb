/** Where each item on the manager's home is handled: the hash routes of the existing screens. */
export const homeLinks = {
  review: (attemptId: string) => `#/reports/review/${encodeURIComponent(attemptId)}`,
  reviewQueue: '#/reports/review',
  person: (personId: string) => `#/reports/person/${encodeURIComponent(personId)}`,
  assignment: (assignmentId: string) => `#/assignments/${encodeURIComponent(assignmentId)}`,
  assignments: '#/assignments',
  assignScenario: (scenarioId: string) => `#/assignments/new/${encodeURIComponent(scenarioId)}`,
  acknowledgements: '#/playbook/acknowledgements',
  standard: (standardId: string) => `#/playbook/standard/${encodeURIComponent(standardId)}`,
  teamReport: '#/reports',
  people: '#/people',
  playbook: '#/playbook',
  scenarios: '#/scenarios',
};
