import { loadConfig } from '../../src/config.js';
import { DatasetError, loadClinc, type ClincQuery } from './evaluation.js';

/** CLINC150 for a command: a missing or broken file ends the command with one line saying where and why. */
export function clincForCommand(): ClincQuery[] {
  try {
    return loadClinc(loadConfig().clincFile);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
