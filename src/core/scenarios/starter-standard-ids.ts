/**
 * The starter service standards' ids. Scenarios are checked against the playbook's real list when
 * one is at hand; this list is the fallback for the starter content pack and its tests.
 */
export const STARTER_STANDARD_IDS = [
  'answer-fully-first-time',
  'keep-feed-honest',
  'details-easy-to-find',
  'first-reply-on-time',
  'own-the-delivery',
  'apologise-own-fix',
  'tailor-to-journey',
  'human-tone',
  'clear-returns-refunds',
  'ask-for-feedback',
  'public-reply-private-details',
  'protect-customer-privacy',
] as const;
