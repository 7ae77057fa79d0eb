/** The playbook domain: what other core code (the service, the CLI, seeding) imports. */
export * from './acknowledgements';
export * from './diff-versions';
export * from './draft-chapters';
export * from './draft-standards';
export * from './markdown-text';
export * from './parse-playbook-folder';
export * from './playbook-error';
export * from './playbook-folder-format';
export * from './playbook-search';
export * from './publish';
export * from './serialize-playbook';
export * from './slug';
export * from './standard-refs';
