// Vue 3 and <cluster-form>: Vue is told the tag is a custom element (isCustomElement), binds
// properties with `.prop` and listens to the element's events with `@cf-…`. The template is the
// content of #app in index.html (compiled in the browser: no build step).
import { createApp, ref, computed, shallowRef } from "vue";
import "@cluster-form/renderer/bundle";

const FORM_URL = "./node_modules/@cluster-form/form-2020-handbook/form.json";
const SAMPLE_URL = "../data/2020-handbook.sample.json";

const app = createApp({
  setup() {
    const role = ref("applicant");
    const submission = shallowRef(null);
    const form = shallowRef(null);
    const total = shallowRef(null);
    const lastChange = ref("—");
    const loadError = ref("");
    const totals = computed(() =>
      total.value ? Object.entries(total.value).map(([column, { value }]) => `${column} ${value ?? "—"}`).join(" · ") : "—",
    );
    // Opening is the user's own action: `open()` shows every value whoever the role, saves it as the draft and answers with cf-change.
    // `submission` (bound to `value`) is the app's copy of the data, for data the app fetches itself.
    async function loadSample() {
      const response = await fetch(SAMPLE_URL);
      form.value?.open(await response.json());
    }
    return {
      form,
      formUrl: FORM_URL,
      role,
      submission,
      totals,
      lastChange,
      loadError,
      loadSample,
      onScore: (event) => (total.value = event.total),
      // The app keeps the submission (to save or send it) and gives it back as `value`: the element
      // knows its own submission, so nothing is drawn again and what is being typed stays as typed.
      onChange: (event) => {
        submission.value = event.submission;
        // "" is the whole submission, replaced (Load sample); the template names it.
        lastChange.value = event.pointer && `${event.pointer} = ${JSON.stringify(event.value)}`;
      },
      onError: (event) => (loadError.value = String(event.error?.message ?? event.error)),
    };
  },
});
app.config.compilerOptions.isCustomElement = (tag) => tag === "cluster-form";
app.mount("#app");
