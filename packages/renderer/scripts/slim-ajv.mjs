// A rollup plugin for the self-contained bundles, leaving out what of Ajv the element never runs.
// - Ajv's URI library (fast-uri, ~6 KB gzip, most of it
// IPv6, IDN and scheme handlers) is replaced by RFC 3986 parsing and reference resolution, which is
// all Ajv asks of it (parse, serialize, resolve, equal) for the dereferenced schemas of a form.
// - The meta-schemas and the discriminator keyword: the submission Ajv (packages/schema/src/submission/ajv.ts)
//   runs with `meta: false` and without `discriminator`, so Ajv never reads them.
// - The keywords the data-schema profile refuses ($dynamicRef and the like, unevaluated*, additionalProperties,
//   patternProperties, propertyNames; docs/form-format.md): their code generators are replaced by
//   definitions that refuse to compile, so a form that was never checked gets a clear error instead of
//   a validator that silently skips them.
// - ajv-formats' `require("ajv")` is pointed at the 2020 build already in the bundle, instead of
// pulling in the draft-07 class and meta-schema.
const VIRTUAL = "\0cluster-form:small-uri";
const UNUSED = "\0cluster-form:ajv-unused";
const UNUSED_MODULES = /[\\/]ajv[\\/]dist[\\/](refs[\\/](data\.json|json-schema-2020-12([\\/]index\.js)?)|vocabularies[\\/]discriminator([\\/]index\.js)?)$/;
const OUTSIDE_PROFILE = {
  "vocabularies/dynamic/index.js": ["$dynamicAnchor", "$dynamicRef", "$recursiveAnchor", "$recursiveRef"],
  "vocabularies/unevaluated/index.js": ["unevaluatedProperties", "unevaluatedItems"],
  "vocabularies/applicator/additionalProperties.js": "additionalProperties",
  "vocabularies/applicator/patternProperties.js": "patternProperties",
  "vocabularies/applicator/propertyNames.js": "propertyNames",
};
const OUTSIDE_PREFIX = "\0cluster-form:outside-profile:";
const REFUSE = "\0cluster-form:refuse-keyword";
const refuseSource = `export default (keyword) => ({ keyword, code() { throw new Error(\`"\${keyword}" is not a keyword of the cluster-form data-schema profile\`); } });`;
const outsideProfileModule = (file) => {
  const keywords = OUTSIDE_PROFILE[file];
  return `import refuse from ${JSON.stringify(REFUSE)};
export default ${Array.isArray(keywords) ? `${JSON.stringify(keywords)}.map(refuse)` : `refuse(${JSON.stringify(keywords)})`};`;
};
const outsideProfileFile = (id) => {
  const match = /[\\/]ajv[\\/]dist[\\/](vocabularies[\\/].*\.js)$/.exec(id);
  const file = match?.[1].replace(/\\/g, "/");
  return file && Object.hasOwn(OUTSIDE_PROFILE, file) ? file : undefined;
};

const unusedSource = `const unused = () => { throw new Error("not in this bundle of <cluster-form>"); };
export default unused;`;

const source = `
const PATTERN = /^(?:([^:/?#]+):)?(?:\\/\\/([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$/s;
function parse(uri) {
  const m = PATTERN.exec(String(uri)) || [];
  return { scheme: m[1] && m[1].toLowerCase(), host: m[2], path: m[3] || "", query: m[4], fragment: m[5] };
}
function serialize(c) {
  let out = c.scheme !== undefined ? c.scheme + ":" : "";
  if (c.host !== undefined) out += "//" + c.host;
  out += c.path || "";
  if (c.query !== undefined) out += "?" + c.query;
  if (c.fragment !== undefined) out += "#" + c.fragment;
  return out;
}
function removeDots(path) {
  const out = [];
  for (const segment of path.split("/")) {
    if (segment === "..") { if (out.length > 1 || (out.length === 1 && out[0] !== "")) out.pop(); }
    else if (segment !== ".") out.push(segment);
  }
  const last = path.split("/").pop();
  if (last === "." || last === "..") out.push("");
  return out.join("/");
}
function resolve(base, ref) {
  const b = parse(base), r = parse(ref);
  if (r.scheme !== undefined) return serialize({ ...r, path: removeDots(r.path) });
  if (r.host !== undefined) return serialize({ ...r, scheme: b.scheme, path: removeDots(r.path) });
  if (r.path === "") return serialize({ scheme: b.scheme, host: b.host, path: b.path, query: r.query !== undefined ? r.query : b.query, fragment: r.fragment });
  const merged = r.path.startsWith("/") ? r.path : b.host !== undefined && b.path === "" ? "/" + r.path : b.path.slice(0, b.path.lastIndexOf("/") + 1) + r.path;
  return serialize({ scheme: b.scheme, host: b.host, path: removeDots(merged), query: r.query, fragment: r.fragment });
}
const equal = (a, b) => serialize(parse(a)) === serialize(parse(b));
const uri = { parse, serialize, resolve, equal };
export default uri;
export { parse, serialize, resolve, equal };
`;

export function slimAjv() {
  return {
    name: "slim-ajv",
    async resolveId(id, importer, options) {
      if (id === "fast-uri") return VIRTUAL;
      if (UNUSED_MODULES.test(id)) return UNUSED;
      if (importer && /^\.\.?\//.test(id)) {
        const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
        if (resolved && UNUSED_MODULES.test(resolved.id)) return UNUSED;
      }
      if (id === "ajv" && importer && /[\\/]ajv-formats[\\/]/.test(importer)) return this.resolve("ajv/dist/2020.js", importer, { ...options, skipSelf: true });
      return null;
    },
    load(id) {
      if (id === UNUSED) return unusedSource;
      return id === VIRTUAL ? source : null;
    },
  };
}

/** The keywords outside the data-schema profile, refused (see the top of this file). */
export function refuseOutsideProfile() {
  return {
    name: "refuse-outside-profile",
    async resolveId(id, importer, options) {
      if (id === REFUSE) return REFUSE;
      if (outsideProfileFile(id)) return OUTSIDE_PREFIX + outsideProfileFile(id);
      if (!importer || !/^\.\.?\//.test(id) || !/[\\/]ajv[\\/]dist[\\/]/.test(importer)) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      const outside = resolved && outsideProfileFile(resolved.id);
      return outside ? OUTSIDE_PREFIX + outside : null;
    },
    load(id) {
      if (id === REFUSE) return refuseSource;
      return id.startsWith(OUTSIDE_PREFIX) ? outsideProfileModule(id.slice(OUTSIDE_PREFIX.length)) : null;
    },
  };
}
