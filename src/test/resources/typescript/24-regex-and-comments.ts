// A comment mentioning interface Env { AI: Ai } stays.
/* block: string; as number */
const pattern: RegExp = /<[a-z]+>:\s*(string|number)/gi; // trailing comment: keeps
const ratio = total / count / 2;
const matches = text.match(/\/\*.*?\*\//g) as string[] | null;
/**
 * JSDoc with @param {string} name stays too.
 */
function hello(name: string /* inline */, greeting: /* before type */ string) {}
