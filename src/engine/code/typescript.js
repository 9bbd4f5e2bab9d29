// The TypeScript compiler API bundled with ts-morph, loaded with a V8 code cache (see load-typescript.ts).
// Hand-written JavaScript with typescript.d.ts beside it: the value comes from the loader, the types
// (the `ts` namespace, value and types under one name) from ts-morph. The build copies both to dist/.
import { loadTypeScript } from './load-typescript.js';

export const ts = loadTypeScript();
