/** English UI strings of the `cluster-form` command. */
import type { CliCatalog } from "../cli/messages.js";

const FORMAT = "Output format: text (default) or json.";

export const cliEn: CliCatalog = {
  program: "cluster-form: check, test, score and compare cluster-form form packages.",
  usage: "Usage:",
  commandsHeading: "Commands:",
  optionsHeading: "Options:",
  examplesHeading: "Examples:",
  globalOptions: { help: "Show this help.", lang: "Language of messages: zh (default) or en.", version: "Show the version." },
  moreHelp: "Run `cluster-form <command> --help` for the options of a command.",
  unknownCommand: (name) => `Unknown command "${name}".`,
  missingArgument: (name) => `Missing argument <${name}>.`,
  tooManyArguments: (extra) => `Unexpected argument(s): ${extra}.`,
  badChoice: (option, value, choices) => `--${option} must be one of ${choices.join(", ")}, not "${value}".`,
  badOption: (detail) => detail,
  internalError: (detail) => `Internal error: ${detail}`,
  debugHint: "This is a bug in cluster-form. Set CLUSTER_FORM_DEBUG=1 to see the stack trace, and report it.",
  formUnreadable: (dir) => `The form at ${dir} cannot be loaded:`,
  fileUnreadable: (path, reason) => `Cannot read ${path}: ${reason}`,
  notJson: (file) => `${file} is not valid JSON:`,
  findingSummary: (errors, warnings, infos) => `${errors} error(s), ${warnings} warning(s), ${infos} note(s).`,
  noFindings: "No findings.",
  severity: { error: "error", warning: "warning", info: "note" },
  commands: {
    lint: {
      summary: "Check a form package before anyone fills it in.",
      description: [
        "Runs the definition checks (file syntax, meta-schemas, references) and the rule checks: unknown fields read by rules, operands of the wrong kind, cycles among computed values, points that do not add up, judgement ranges, missing scoring texts, unknown operations.",
        "Exits with 1 when there is any error or warning.",
      ],
      options: { format: FORMAT },
      examples: ["cluster-form lint forms/2020-handbook", "cluster-form lint forms/2020-handbook --lang en --format json"],
    },
    test: {
      summary: "Run the rule test cases (tests/*.json) of a form package.",
      description: ["Each case scores a (partial) submission and compares the expected part of the result. Exits with 1 when a case fails."],
      options: { format: FORMAT, filter: "Run only the cases whose name contains this text." },
      examples: ["cluster-form test forms/2020-handbook"],
    },
    score: {
      summary: "Score a submission and show each criterion, its points, the scores and the explanation.",
      description: [
        "Reads the submission from a file, or from standard input when the file is -.",
        "With --ndjson, reads one submission per line and writes one JSON result per line.",
        "Exits with 1 when a submission is invalid.",
      ],
      options: {
        format: FORMAT,
        role: "Show only the score columns of this role (applicant, expert, viewer…).",
        mode: "draft (default): blanks are listed in completeness; final: blank required fields are errors.",
        ndjson: "Score a stream of submissions, one JSON document per line.",
      },
      examples: [
        "cluster-form score forms/2020-handbook examples/data/2020-handbook.sample.json",
        "cat submissions.ndjson | cluster-form score forms/2020-handbook - --ndjson",
      ],
    },
    diff: {
      summary: "Show what changed between two versions of a form (e.g. two years).",
      description: ["Criteria added, removed or re-pointed, thresholds and constants changed inside rules, labels changed, fields added or removed."],
      options: { format: FORMAT, "exit-code": "Exit with 1 when there are differences." },
      examples: ["cluster-form diff forms/2020-handbook forms/2021-handbook", "cluster-form diff old new --lang en"],
    },
    newYear: {
      summary: "Copy a form to a new folder for another year, moving its year, id and version forward.",
      description: [
        "Never writes over an existing folder. Lists the places that still mention the old year, to review by hand.",
      ],
      options: { year: "The new assessment year (required)." },
      examples: ["cluster-form new-year forms/2020-handbook forms/2021-handbook --year 2021"],
    },
    build: {
      summary: "Write a form as one bundle (form.bundle.json) and precompiled validators (validators.js) for web pages.",
      description: ["validators.js needs no eval, so pages can run under a Content-Security-Policy without 'unsafe-eval'. Refuses a form with lint errors."],
      options: { out: "Folder to write to (required)." },
      examples: ["cluster-form build forms/2020-handbook --out public/forms/2020-handbook"],
    },
    help: { summary: "Show help for a command.", options: {}, examples: ["cluster-form help score"] },
  },
  test: { noCases: (dir) => `No rule test cases found in ${dir}.` },
  score: {
    criterion: "Criterion",
    points: "Points",
    stepSeparator: "; ",
    explanation: "Explanation",
    subtotal: "Subtotal",
    total: "Total",
    vetoed: "Vetoed (one-vote veto):",
    notVetoed: "No veto.",
    vetoUndecided: "Veto not decided yet.",
    completeness: (percent) => `Completeness: ${percent}%`,
    findingsHeading: "Findings:",
    valid: "The submission is valid.",
    invalid: "The submission is invalid.",
    status: { computed: "", entered: "", missing: "missing", invalid: "invalid", notApplicable: "n/a", pending: "to review", confirmed: "", overridden: "overridden" },
    badLine: (line) => `line ${line}`,
  },
  newYear: {
    created: (dir, files) => `Created ${dir} (${files} files copied).`,
    reviewHeading: (years) => `Review these places that still mention ${years.join(" or ")}:`,
    nothingToReview: "Nothing else mentions the old year.",
    errors: {
      destinationExists: (dir) => `${dir} already exists; nothing was written. Choose a new folder.`,
      sourceMissing: (file) => `${file} does not exist; give the folder of a form.`,
      manifestUnreadable: (file) => `${file} has no readable id, version and year; run cluster-form lint on it first.`,
      badYear: (year) => `--year must be a four-digit year different from the form's year, not "${year}".`,
    },
  },
  build: {
    wrote: (file, bytes) => `Wrote ${file} (${bytes} bytes).`,
    refused: "The form has errors; nothing was built.",
  },
};
