// The 2020 handbook's files, bundled into the app at build time as the loader's `FormFiles`
// (each file's JSON text by its path in the form folder): no fetching, no server paths.
const FOLDER = "../../../forms/2020-handbook/";
const texts = import.meta.glob(["../../../forms/2020-handbook/**/*.json", "!**/tests/**", "!**/package.json"], {
  query: "?raw",
  import: "default",
  eager: true,
});

export const handbookFiles = {
  origin: "forms/2020-handbook",
  files: Object.fromEntries(Object.entries(texts).map(([path, text]) => [path.slice(FOLDER.length), text])),
};
