import type { SecondStage } from './second-stage.js';

// Empty until a variant's cross-validated figures earn it (npm run faq:train -- --write <variant>, README "Round 14").
export const secondStage: SecondStage = {};
