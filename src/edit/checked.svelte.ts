/**
 * A form's rules as its fields are typed: which fields were touched (their broken rules are shown from
 * then on), whether a save was tried (every field's are shown), and the message of a refused save.
 * One for every kind of fact's form.
 */
import type { FieldProblem } from './rules';
import { t } from '../i18n';

/** What a refused save says, in every form: how many rules are broken, and where they are told. */
export const refusal = (n: number): string => t('edit.refusal', { n });

export class Checked {
  touched = $state(new Set<string>());
  tried = $state(false);
  message = $state('');
  readonly #problems: () => readonly FieldProblem[];

  /** `problems`: the rules the fact breaks now (a derived value of the form). */
  constructor(problems: () => readonly FieldProblem[]) {
    this.#problems = problems;
  }

  get problems(): readonly FieldProblem[] {
    return this.#problems();
  }

  /** The rules broken by a field, once it is touched or a save was tried. */
  shown = (field: string): FieldProblem[] => (this.tried || this.touched.has(field) ? this.problems.filter((p) => p.field === field) : []);

  touch = (field: string): void => {
    if (!this.touched.has(field)) this.touched = new Set([...this.touched, field]);
  };

  /** A save tried: true where no rule is broken; otherwise the message says how many are. */
  attempt(): boolean {
    this.tried = true;
    const n = this.problems.length;
    this.message = n ? refusal(n) : '';
    return n === 0;
  }
}
