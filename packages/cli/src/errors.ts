/** Errors a command throws for people, not for programmers: printed as one message, never with a stack. */

/** Wrong arguments or options: exit code 2 and the command's usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Something the user can fix (a missing file, broken JSON): exit code 1. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/** The problem has already been printed (e.g. the findings of a broken form): exit code 1, nothing more to say. */
export class ReportedError extends Error {
  constructor() {
    super("reported");
    this.name = "ReportedError";
  }
}
