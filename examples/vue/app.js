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
    const total = shallowRef(null);
    const lastChange = ref("—");
    const loadError = ref("");
    const totals = computed(() =>
      total.value ? Object.entries(total.value).map(([column, { value }]) => `${column} ${value ?? "—"}`).join(" · ") : "—",
    );
    async function loadSample() {
      const response = await fetch(SAMPLE_URL);
      submission.value = await response.json();
    }
    return {
      formUrl: FORM_URL,
      role,
      submission,
      totals,
      lastChange,
      loadError,
      loadSample,
      onScore: (event) => (total.value = event.total),
      onChange: (event) => (lastChange.value = `${event.pointer} = ${JSON.stringify(event.value)}`),
      onError: (event) => (loadError.value = String(event.error?.message ?? event.error)),
    };
  },
});
app.config.compilerOptions.isCustomElement = (tag) => tag === "cluster-form";
app.mount("#app");
