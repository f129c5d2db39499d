type Awaited2<T> = T extends PromiseLike<infer U> ? Awaited2<U> : T;
type Partial2<T> = { [K in keyof T]?: T[K] };
type Getters<T> = {
	[K in keyof T as `get${Capitalize<string & K>}`]: () => T[K];
};
type Fn = new (...args: any[]) => object;
type Tuple = readonly [name: string, age?: number];
type Sym = typeof unique;
const run = <T,>(fn: () => T): T extends Promise<infer R> ? R : T => fn() as any;
