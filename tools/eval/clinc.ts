import { clincFile, DatasetError, loadClinc, type ClincQuery } from './evaluation.js';

/** CLINC150 for a command: a missing or broken file ends the command with one line saying where and why. */
export function clincForCommand(root: string): ClincQuery[] {
  try {
    return loadClinc(clincFile(root));
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
