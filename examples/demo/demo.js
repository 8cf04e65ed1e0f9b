// The demo page's own code: it drives <cluster-form> only through its public attributes,
// properties, events and methods, as any embedding site would (see docs/embedding.md).
// Each form as `cluster-form build` wrote it (serve.mjs runs the build), and its sample submission.
const built = (folder) => ({
  src: `/examples/demo/build/${folder}/form.bundle.json`,
  validators: `/examples/demo/build/${folder}/validators.js`,
  sample: `/examples/data/${folder}.sample.json`,
});
const FORMS = { "2020-handbook": built("2020-handbook"), "2021-application": built("2021-application") };
// A form being edited, when serve.mjs was started with --preview <folder>; it borrows the sample of
// the form it was made from (same id but for the year), moved to its own id and version.
const PREVIEW = { ...built("preview"), sample: undefined };
const stem = (id) => id.replace(/\d{4}/g, "");
const ROLES = ["applicant", "expert", "viewer"];
// The element's own words (buttons, messages) follow its lang; the form's words stay as the form has them.
const LANGS = ["zh-CN", "en"];

const element = document.querySelector("#form-view");
const formChoice = document.querySelector("#form-choice");
const roleChoice = document.querySelector("#role-choice");
const langChoice = document.querySelector("#lang-choice");
const fileInput = document.querySelector("#file-input");
const score = document.querySelector("#score");
const message = document.querySelector("#message");

const MESSAGES = JSON.parse(document.querySelector("#demo-messages").textContent);
/** A message of the page with its {placeholders} filled in. */
const t = (key, values = {}) => MESSAGES[key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));

/** A short notice under the toolbar; errors stay until the next action. */
function say(text, isError = false) {
  message.textContent = text;
  message.classList.toggle("error", isError);
  message.hidden = false;
}

/** The choices live in the address (?form=…&role=…&lang=…) so a reload or a shared link keeps them. */
function readChoices() {
  const params = new URLSearchParams(location.search);
  const known = Object.hasOwn(FORMS, params.get("form") ?? "") || (params.get("form") === "preview" && previewAvailable);
  const form = known ? params.get("form") : "2020-handbook";
  const role = ROLES.includes(params.get("role") ?? "") ? params.get("role") : "applicant";
  const lang = LANGS.includes(params.get("lang") ?? "") ? params.get("lang") : "zh-CN";
  return { form, role, lang };
}

function applyChoices({ form, role, lang }) {
  formChoice.value = form;
  roleChoice.value = role;
  langChoice.value = lang;
  element.setAttribute("lang", lang);
  if (element.getAttribute("src") !== FORMS[form].src) {
    score.textContent = score.dataset.empty;
    // Another form: start from its own draft (autosave restores it) rather than this form's data.
    if (loaded) element.value = undefined;
    element.setAttribute("validators", FORMS[form].validators);
    element.setAttribute("src", FORMS[form].src);
  }
  element.setAttribute("form-role", role);
}

function choose(change) {
  const choices = { ...readChoices(), ...change };
  history.replaceState(null, "", `?form=${choices.form}&role=${choices.role}&lang=${choices.lang}`);
  message.hidden = true;
  applyChoices(choices);
}

/** The form the element shows, from its cf-load event. */
let loaded;
element.addEventListener("cf-load", (event) => {
  loaded = event.formPackage;
  // The first score event of a form comes before its cf-load: show it now that its columns are known.
  showScore();
});
const loadedFormId = () => loaded?.manifest.id;

/** Sets a submission, switching to its form first when it belongs to the other one. */
async function showSubmission(submission, name) {
  await formIds;
  const id = submission?.form?.id;
  const entry = Object.entries(FORMS).find(([, form]) => form.id === id);
  if (!entry) {
    say(t("notOurs", { name, id: JSON.stringify(id) }), true);
    return;
  }
  if (loadedFormId() !== id) {
    const loaded = new Promise((resolve) => element.addEventListener("cf-load", resolve, { once: true }));
    choose({ form: entry[0] });
    await loaded;
  }
  // The user's own choice, as typing is: saved as the draft (a reload keeps it) and told by cf-change.
  // open() shows every value whoever the role (an expert reviews the applicant's file); the role's
  // rights limit only what it may change afterwards.
  element.open(submission);
  say(t("loaded", { name }));
}

/** Learns each form's id from its manifest, so that files are matched to forms by id. */
async function learnFormIds() {
  await Promise.all(
    Object.values(FORMS).map(async (form) => {
      const bundle = await (await fetch(form.src)).json();
      Object.assign(form, { id: JSON.parse(bundle.files["form.json"]).id });
    }),
  );
}

/** Offers the preview form when serve.mjs built one (its list of built forms says so). */
async function findPreview() {
  const index = await (await fetch("/examples/demo/build/index.json")).json();
  if (!index.forms.includes("preview")) return false;
  const manifest = JSON.parse((await (await fetch(PREVIEW.src)).json()).files["form.json"]);
  Object.assign(PREVIEW, { id: manifest.id, version: manifest.version });
  FORMS.preview = PREVIEW;
  const option = new Option(t("preview", { title: manifest.title }), "preview");
  formChoice.append(option);
  return true;
}

/** The sample of a form; the preview borrows its origin's, moved to the preview's id and version. */
async function sampleOf(key) {
  const form = FORMS[key];
  const origin = form === PREVIEW ? Object.values(FORMS).find((other) => other !== PREVIEW && stem(other.id) === stem(PREVIEW.id)) : form;
  if (!origin) throw new Error(t("noSample"));
  const response = await fetch(origin.sample);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const submission = await response.json();
  const name = origin.sample.split("/").pop();
  return { name, submission: form === PREVIEW ? { ...submission, form: { id: PREVIEW.id, version: PREVIEW.version } } : submission };
}

formChoice.addEventListener("change", () => choose({ form: formChoice.value }));
roleChoice.addEventListener("change", () => choose({ role: roleChoice.value }));
langChoice.addEventListener("change", () => choose({ lang: langChoice.value }));

document.querySelector("#load-sample").addEventListener("click", async () => {
  try {
    await formIds;
    const { name, submission } = await sampleOf(formChoice.value);
    await showSubmission(submission, name);
  } catch (error) {
    say(t("sampleFailed", { error: error.message }), true);
  }
});

document.querySelector("#save-file").addEventListener("click", () => {
  const submission = element.value;
  const blob = new Blob([JSON.stringify(submission, null, 2) + "\n"], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = `${submission?.form?.id ?? "submission"}-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  say(t("saved", { name: link.download }));
});

document.querySelector("#open-file").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", async () => {
  const file = fileInput.files?.[0];
  fileInput.value = "";
  if (!file) return;
  let submission;
  try {
    submission = JSON.parse(await file.text());
  } catch (error) {
    say(t("notJson", { name: file.name, error: error.message }), true);
    return;
  }
  await showSubmission(submission, file.name);
});

document.querySelector("#print-form").addEventListener("click", () => element.print());

/** The last score event, shown in the page's header with the loaded form's score columns. */
let lastScore;
function showScore() {
  if (!lastScore || !loaded) return;
  // A total with rule scores still awaiting review (pending) is only the rules' proposal: say 待评.
  const columnText = (total) => (total?.pending > 0 ? t("pending", { count: total.pending }) : (total?.value ?? "—"));
  const parts = loaded.manifest.scoreColumns.map((column) => `${column.label} ${columnText(lastScore.total[column.id])}`);
  score.textContent = t("total", { max: lastScore.result.maxTotal, columns: parts.join(" · ") }) + (lastScore.vetoed ? t("vetoed") : "");
}
element.addEventListener("cf-score-change", (event) => {
  lastScore = event;
  showScore();
});
element.addEventListener("cf-error", (event) => {
  say(t("formFailed", { stage: event.stage, error: event.error?.message ?? event.error }), true);
});

let previewAvailable = false;
const formIds = learnFormIds()
  .then(findPreview)
  .then((found) => {
    previewAvailable = found;
    if (found && new URLSearchParams(location.search).get("form") === "preview") applyChoices(readChoices());
  })
  .catch((error) => say(t("formsUnreadable", { error: error.message }), true));
applyChoices(readChoices());
