/** Where an entry's answer comes from: a section of the source page. Absent for hand-written entries. */
export interface EntrySource {
  section: string;
  url: string;
  modified: string;
}

/** One question-and-answer pair of the knowledge base. */
export interface Entry {
  id: string;
  /** Short label for buttons ("Opening hours", "Contact"). */
  title: string;
  /** The main way people ask for this entry. */
  question: string;
  /** Other ways people ask the same thing. */
  alternates: string[];
  /** Markdown that renders the same in Teams and Web Chat: bold, links, short lists. */
  answer: string;
  /** Ids of entries to suggest after this answer. */
  followUps: string[];
  source?: EntrySource;
  /** Topic file the entry lives in ("contact"). */
  topic: string;
  /** File and line the entry was loaded from, for error messages. */
  origin?: { file: string; line: number };
}

/**
 * The words of a knowledge base's domain, as its editors wrote them in `vocabulary.yaml` (folded to
 * lowercase): what the normaliser reads on top of its generic English (contractions, stop words,
 * question words, stemming).
 */
export interface Vocabulary {
  /**
   * Phrases and the word (or words) each is read as, in file order: `["sign up", "join"]`. A phrase
   * whose meaning is empty does nothing (the check warns about it).
   */
  phrases: ReadonlyArray<readonly [phrase: string, means: string]>;
  /** Synonym groups: every word of a group is read as the group's first word. */
  synonyms: ReadonlyArray<readonly string[]>;
  /**
   * Words that, after "my", name the user's own thing, not the organisation's: "where is my phone"
   * is not a question about the organisation's phone number.
   */
  owned: readonly string[];
  /** Names people address the bot by in small talk ("thanks, <name>"). */
  names: readonly string[];
  /**
   * Words that questions about the organisation use and other questions rarely do: a question with
   * one of them is answered from a clearer lead rather than offered as a menu (absent: none).
   */
  domain?: readonly string[];
}

/** A whole knowledge base, swapped at once. */
export interface KnowledgeBase {
  entries: Entry[];
  byId: ReadonlyMap<string, Entry>;
  /**
   * The domain's phrases, synonyms and other words (`vocabulary.yaml`), swapped with the entries.
   * Absent (as for a folder without `vocabulary.yaml`): an empty vocabulary.
   */
  vocabulary?: Vocabulary;
  /** Content hash of all files (the vocabulary too): changes whenever any entry or word changes. */
  version: string;
  loadedAt: Date;
  /** The knowledge in other languages (`translations/<code>.yaml`), when the folder has any. */
  translations?: readonly TranslatedKnowledge[];
}

/** The knowledge in one more language, with the ids of the entries ICORN has reviewed. */
export interface TranslatedKnowledge extends KnowledgeBase {
  language: string;
  reviewed: ReadonlySet<string>;
}

/** One ranked candidate of a query. */
export interface Candidate {
  entry: Entry;
  /** 0..1, higher is better. */
  confidence: number;
  /** The entry's question or alternate that matched best. */
  matchedQuestion: string;
}

/** What the bot should do with a query. */
export type Decision =
  | { kind: 'answer'; candidate: Candidate; candidates: Candidate[] }
  | { kind: 'didYouMean'; candidates: Candidate[] }
  | { kind: 'fallback'; candidates: Candidate[] };
