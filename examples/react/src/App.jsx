import { useEffect, useRef, useState } from "react";
import { loadFormFiles } from "@cluster-form/schema";
import sample from "../../data/2020-handbook.sample.json";
import { handbookFiles } from "./handbook-files.js";
import { messages } from "./locales/messages.js";

/**
 * React 19 passes props to a custom element as properties when the element has them
 * (formPackage, value) and turns `on<event-name>` props into listeners for that exact event name.
 */
export function App() {
  const [formPackage, setFormPackage] = useState(null);
  const [error, setError] = useState(null);
  const [role, setRole] = useState("applicant");
  const [submission, setSubmission] = useState(null);
  const [total, setTotal] = useState(null);
  const [lastChange, setLastChange] = useState(null);
  const form = useRef(null);

  useEffect(() => {
    loadFormFiles(handbookFiles).then(setFormPackage, setError);
  }, []);

  const totals = total ? Object.entries(total).map(([column, { value }]) => `${column} ${value ?? "—"}`).join(" · ") : "—";

  return (
    <main style={{ fontFamily: "system-ui, sans-serif", margin: "2rem" }}>
      <h1>cluster-form + React {formPackage ? `· ${formPackage.manifest.title}` : ""}</h1>
      <p>
        <label>
          {messages.roleLabel}{" "}
          <select id="role" value={role} onChange={(event) => setRole(event.target.value)}>
            {messages.roles.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </label>{" "}
        {/* Opening is the user's own action: `open()` shows every value whoever the role, saves it as the draft and answers with cf-change.
            `value` is the app's copy of the data, which a draft the user has not sent yet stays over. */}
        <button type="button" onClick={() => form.current?.open(structuredClone(sample))}>
          {messages.loadSample}
        </button>
      </p>
      <p>
        {messages.total}: <output id="total">{totals}</output> · {messages.lastChange}: <code id="last-change">{lastChange ?? "—"}</code>
      </p>
      {error && <p role="alert">{String(error.message ?? error)}</p>}
      {formPackage && (
        <cluster-form
          ref={form}
          formPackage={formPackage}
          formRole={role}
          lang="zh-CN"
          {...(submission ? { value: submission } : {})}
          oncf-change={(event) => {
            // The app keeps the submission (to save or send it) and gives it back as `value`:
            // the element knows its own submission and keeps what is being typed ("1." of "1.5").
            setSubmission(event.submission);
            // "" is the whole submission, replaced (Load sample).
            setLastChange(event.pointer ? `${event.pointer} = ${JSON.stringify(event.value)}` : messages.wholeSubmission);
          }}
          oncf-score-change={(event) => setTotal(event.total)}
        />
      )}
    </main>
  );
}
