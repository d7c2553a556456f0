import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../src/paths.js';

/** A regular expression literal written in a source file. */
export interface RegexLiteral {
  /** Its text as written, slashes and flags included. */
  literal: string;
  regex: RegExp;
  /** The line it starts on, from 1. */
  line: number;
  node: ts.Node;
  source: ts.SourceFile;
}

/** Every regular expression literal of a source file of the project (`file` relative to its root). */
export function regexLiteralsIn(file: string): RegexLiteral[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(projectRoot(), file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: RegexLiteral[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const end = literal.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ literal, regex: new RegExp(literal.slice(1, end), literal.slice(end + 1)), line, node, source });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
