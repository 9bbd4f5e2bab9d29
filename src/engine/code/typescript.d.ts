// Types of typescript.js: exactly ts-morph's `ts` (the same object, loaded with a code cache).
export { ts } from 'ts-morph';
