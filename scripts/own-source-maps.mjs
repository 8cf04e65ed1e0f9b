// A rollup output plugin for the self-contained bundles: their source maps carry the project's own
// sources only. Users debug the element, not exceljs or Ajv (whose packages ship their own maps), and
// a dependency's sources in a map weigh megabytes in the tarball (exceljs's chunk: 2.4 MB).
// A chunk made of dependencies alone gets no map; a mixed chunk's map keeps the dependencies'
// mappings but not their text.
const isDependency = (source) => /[\\/]node_modules[\\/]/.test(source);

export function ownSourceMapsOnly() {
  return {
    name: "own-source-maps-only",
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk" || !chunk.map) continue;
        const mapFile = `${chunk.fileName}.map`;
        const { sources, sourcesContent } = chunk.map;
        if (sources.length > 0 && sources.every(isDependency)) {
          delete bundle[mapFile];
          chunk.code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
          continue;
        }
        const asset = bundle[mapFile];
        if (!asset || asset.type !== "asset" || !sourcesContent) continue;
        const map = JSON.parse(String(asset.source));
        map.sourcesContent = map.sources.map((source, i) => (isDependency(source) ? null : map.sourcesContent?.[i] ?? null));
        asset.source = JSON.stringify(map);
      }
    },
  };
}
