/** Where an entry's answer comes from: a section of the source page. Absent for hand-written entries. */
export interface EntrySource {
  section: string;
  url: string;
  modified: string;
}

/** One question-and-answer pair of the knowledge base. */
export interface Entry {
  id: string;
  /** Short label for buttons ("Membership", "Contact"). */
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
  /** Topic file the entry lives in ("membership"). */
  topic: string;
  /** File and line the entry was loaded from, for error messages. */
  origin?: { file: string; line: number };
}

/** A whole knowledge base, swapped at once. */
export interface KnowledgeBase {
  entries: Entry[];
  byId: ReadonlyMap<string, Entry>;
  /** Content hash of all files: changes whenever any entry changes. */
  version: string;
  loadedAt: Date;
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
