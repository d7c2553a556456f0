/**
 * The engine's steps that `npm run eval -- --ablate <name>` switches off, one at a time, to measure
 * what each buys; `npm run eval:ablations` runs them all. One list for both.
 */
import type { FaqEngineOptions } from '../../src/faq/faqEngine.js';
import { DEFAULT_DECISION_CONFIG, PLAIN_DECISION } from '../../src/faq/matcherConfig.js';

/** Switches each step of the engine off, to measure what it buys. */
export const ABLATIONS: Record<string, FaqEngineOptions> = {
  'no-typo-correction': { matcher: { typoCorrection: false } },
  'no-synonyms': { normalize: { synonyms: false, phrases: false } },
  'no-stemming': { normalize: { stemming: false } },
  'no-stop-words': { normalize: { stopWords: false } },
  'no-contractions': { normalize: { contractions: false } },
  'no-question-words': { matcher: { questionWordWeight: 0 } },
  'no-surface-tiebreak': { matcher: { surfaceWeight: 0 } },
  'no-idf-coverage': { matcher: { beta: 0 } },
  // Issue 16's mechanisms.
  'no-question-part': { questionPart: false },
  'no-antecedent': { antecedent: false },
  'no-earlier-question': { earlierQuestion: false },
  'no-at-risk': { atRisk: false },
  'no-at-risk-question': { atRiskQuestion: false },
  'no-at-risk-lacking': { atRiskLacking: false },
  'no-typos-in-readings': { typosInReadings: false },
  'no-named-title': { namedTitle: false },
  'no-channels': { channels: false },
  'no-stated-count': { statedCount: false },
  'no-question-beside-small-talk': { questionBesideSmallTalk: false },
  'no-eligibility': { eligibility: false },
  'no-continuing-work': { continuingWork: false },
  'no-growing-need': { growingNeed: false },
  'no-offered': { offered: false },
  'no-values': { values: false },
  'no-symbolic': { symbolic: false },
  'no-civil-society': { civilSociety: false },
  'no-free-expression': { freeExpression: false },
  'no-why-join': { whyJoin: false },
  'no-where-members': { whereMembers: false },
  'no-cities-role': { citiesRole: false },
  'no-temporary': { temporary: false },
  'no-existing-cities': { existingCities: false },
  'no-acts-together': { actsTogether: false },
  'no-commitment': { commitment: false },
  'no-purpose': { purpose: false },
  'no-who-heads': { whoHeads: false },
  'no-phone-number': { phoneNumber: false },
  'no-regions': { regions: false },
  'no-unknown-names': { unknownNames: false },
  'no-not-stated': { notStated: false },
  'no-topics': { topics: false },
  'no-follow-up-details': { followUpDetails: false },
  'no-what-was-said': { whatWasSaid: false },
  'no-heads-view': { headsView: false },
  'no-quoted': { quoted: false },
  'no-ellipsis': { ellipsis: false },
  'no-domain-words': { domainDecision: { ...PLAIN_DECISION, clearThreshold: 1, clearLead: 1 } },
  'no-plain-menu-bar': { plainDecision: { suggestThreshold: DEFAULT_DECISION_CONFIG.suggestThreshold } },
};
