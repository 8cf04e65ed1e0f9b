/**
 * The editor's HTTP server: the page, its assets, and the API under `/<token>/`.
 *   GET  api/form                     the form's files with their content hashes, and the base form's name
 *   POST api/check  {files, sample}   lint, tests, diff and sample scores of the form with these unsaved texts
 *   POST api/save   {files}           writes the files (refused: 422; changed on disk: 409 with what is there)
 *   POST api/scaffold {files, kind, args} a scaffold run on the form with these unsaved texts: its edits (refused: 422 with findings)
 *   GET  preview/<n>/form.bundle.json the form as last checked (check n), for the preview's <cluster-form>
 *   GET  preview/<n>/validators.js    its validators, built here as `cluster-form build` builds them
 */
import { join } from "node:path";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { isRecord, type FormPackage, type Lang } from "@cluster-form/schema";
import { assetReader } from "./assets.js";
import { BodyError, readJsonBody } from "./body.js";
import { checkForm } from "./check.js";
import { PathRefusedError, type FormFolder } from "./form-folder.js";
import { admit } from "./guard.js";
import { checkRequest, saveRequest } from "./requests.js";
import type { SaveOutcome } from "../protocol.js";
import { PreviewForms } from "./preview.js";
import { saveFiles, serialized } from "./save.js";
import { runScaffold } from "./scaffold.js";
import { scaffoldRequest } from "./scaffold-request.js";
import { shellPage } from "./shell.js";

export interface EditorServerOptions {
  readonly folder: FormFolder;
  readonly base?: { readonly name: string; readonly pkg: FormPackage };
  readonly token: string;
  readonly lang: Lang;
  /** Where the app's bundle and the renderer's bundle are read from. */
  readonly assets: { readonly app: string; readonly element: string };
}

const SECURITY_HEADERS = {
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  // No 'unsafe-eval': the preview's validators are built by the server (./preview.ts), never compiled in the page.
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

function send(response: ServerResponse, status: number, body: string | Buffer, type: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "content-type": type });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, value: unknown): void =>
  send(response, status, JSON.stringify(value), "application/json; charset=utf-8");

const saveStatus = (outcome: SaveOutcome): number => (outcome.status === "saved" ? 200 : outcome.status === "conflict" ? 409 : 422);

export function createEditorServer(options: EditorServerOptions, port: () => number): Server {
  const { folder, base, token } = options;
  // The renderer's bundle loads parts of itself on demand from bundle-chunks/ beside it.
  const readAsset = assetReader({ app: options.assets.app, element: options.assets.element, "element/bundle-chunks": join(options.assets.element, "bundle-chunks") });
  const oneSaveAtATime = serialized<SaveOutcome>();
  const previews = new PreviewForms();

  async function formTexts(unsaved: Readonly<Record<string, string>>): Promise<Record<string, string>> {
    const texts: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const file of await folder.list()) texts[file.path] = file.text;
    return Object.assign(texts, unsaved);
  }

  async function route(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const method = request.method ?? "GET";
    if (method === "GET" && (path === "/" || path === "/index.html")) {
      send(response, 200, shellPage(options.lang), "text/html; charset=utf-8");
      return;
    }
    if (method === "GET" && path === "/api/form") {
      sendJson(response, 200, { folder: folder.root.split(/[\\/]/).pop() ?? "", base: base?.name ?? null, files: await folder.list() });
      return;
    }
    if (method === "POST" && path === "/api/check") {
      const input = checkRequest(await readJsonBody(request));
      if (!input) return sendJson(response, 400, { error: "bad-request" });
      const texts = await formTexts(input.files);
      const result = await checkForm(texts, { base: base?.pkg, sample: input.sample });
      sendJson(response, 200, { revision: previews.remember(texts), ...result });
      return;
    }
    if (method === "POST" && path === "/api/scaffold") {
      const body = await readJsonBody(request);
      const files = isRecord(body) ? checkRequest({ files: body.files })?.files : undefined;
      const scaffold = scaffoldRequest(body);
      if (!files || !scaffold) return sendJson(response, 400, { error: "bad-request" });
      const outcome = await runScaffold(await formTexts(files), scaffold);
      sendJson(response, outcome.status === "done" ? 200 : 422, outcome);
      return;
    }
    if (method === "POST" && path === "/api/save") {
      const files = saveRequest(await readJsonBody(request));
      if (!files) return sendJson(response, 400, { error: "bad-request" });
      const outcome = await oneSaveAtATime(() => saveFiles(folder, files));
      sendJson(response, saveStatus(outcome), outcome);
      return;
    }
    const preview = /^\/preview\/(\d+)\/(form\.bundle\.json|validators\.js)$/.exec(path);
    if (method === "GET" && preview) {
      const revision = Number(preview[1]);
      try {
        if (preview[2] === "validators.js") {
          const module = await previews.validators(revision);
          return module === undefined ? sendJson(response, 404, { error: "gone" }) : send(response, 200, module, "text/javascript; charset=utf-8");
        }
        const bundle = await previews.bundle(revision);
        return bundle === undefined ? sendJson(response, 404, { error: "gone" }) : sendJson(response, 200, bundle);
      } catch {
        return sendJson(response, 422, { error: "form-does-not-load" });
      }
    }
    const asset = method === "GET" ? await readAsset(path) : undefined;
    if (asset) return send(response, 200, asset.body, asset.type);
    sendJson(response, 404, { error: "not-found" });
  }

  return createServer((request, response) => {
    const admitted = admit(request, port(), token);
    if ("refused" in admitted) {
      sendJson(response, admitted.refused === "token" ? 404 : 403, { error: admitted.refused });
      return;
    }
    route(request, response, admitted.path).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof BodyError) return sendJson(response, error.status, { error: "bad-request" });
      if (error instanceof PathRefusedError) return sendJson(response, 403, { error: "path-refused", path: error.path });
      sendJson(response, 500, { error: "internal", detail: error instanceof Error ? error.message : String(error) });
    });
  });
}
