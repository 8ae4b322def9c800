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
  /** 1 for the first batch, then 2, 3… (a comment line naming a batch opens the next). */
  batch: number;
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
/** Queries and right answers in one class. */
export interface EvalClassScore {
  kind: string;
  total: number;
  passed: number;
  accuracy: number;
}
export interface EvalScore {
  total: number;
  passed: number;
  accuracy: number;
  classes: EvalClassScore[];
  /** The same figures per batch, first batch first. */
  batches: { batch: number; total: number; passed: number; accuracy: number; classes: EvalClassScore[] }[];
  misses: { row: EvalRow; problems: string[]; matches: string[] }[];
}
/** Parses the TSV; throws on a malformed row. */
export declare function parseEvalSet(text: string): EvalRow[];
/** Why a row fails (empty when it passes). */
export declare function checkRow(row: EvalRow, result: EvalResult): string[];
/** Top-1 accuracy overall, per class and per batch, and every miss. */
export declare function scoreEvalSet(rows: EvalRow[], find: (query: string) => EvalResult): EvalScore;
/** The printed report. */
export declare function formatEvalReport(score: EvalScore): string;
