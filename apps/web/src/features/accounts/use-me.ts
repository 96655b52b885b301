// Moved to hooks/useMe.ts; this re-export keeps the needs and marché pages (another branch) compiling
// until they import the hook from there. Remove it then.
export { useMe } from './hooks/useMe';
