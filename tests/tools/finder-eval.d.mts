/** One query of tests/fixtures/finder-eval.tsv. */
export interface EvalRow {
  line: number;
  query: string;
  /** A group id, "-" for no group, "*" for any. */
  expected: string;
  alternatives: string[];
  emergency: boolean;
  spinalEmergency: boolean;
  twitching: boolean;
  outOfScope: boolean;
  side: string | undefined;
  kind: string;
  note: string;
}
/** The part of a finder result the evaluation reads. */
export interface EvalResult {
  matches: readonly { id: string }[];
  emergency: boolean;
  spinalEmergency?: boolean;
  twitching?: boolean;
  outOfScope: boolean;
  side?: string;
}
export interface EvalScore {
  total: number;
  passed: number;
  accuracy: number;
  classes: { kind: string; total: number; passed: number; accuracy: number }[];
  misses: { row: EvalRow; problems: string[]; matches: string[] }[];
}
/** Parses the TSV; throws on a malformed row. */
export declare function parseEvalSet(text: string): EvalRow[];
/** Why a row fails (empty when it passes). */
export declare function checkRow(row: EvalRow, result: EvalResult): string[];
/** Top-1 accuracy overall and per class, and every miss. */
export declare function scoreEvalSet(rows: EvalRow[], find: (query: string) => EvalResult): EvalScore;
/** The printed report. */
export declare function formatEvalReport(score: EvalScore): string;
