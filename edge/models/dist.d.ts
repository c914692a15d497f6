// The model build's manifest (shared/models/dist/manifest.json, written by `npm run build:models`). When the
// file exists TypeScript reads its JSON type; this declaration keeps the edge type-checkable before the
// first build. store.ts checks the value at run time and treats it as a Manifest.
declare module '*/models/dist/manifest.json' {
  const manifest: unknown;
  export default manifest;
}
