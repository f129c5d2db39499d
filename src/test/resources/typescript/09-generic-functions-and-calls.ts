function first<T>(items: T[]): T | undefined {
	return items[0];
}

function merge<A extends object, B extends object = {}>(a: A, b: B): A & B {
	return { ...a, ...b };
}

const value = await env.MY_KV.get<{ count: number }>("stats", "json");
const settings = first<string>(["a", "b"]);
const ids = new Set<number>();
const cache = new Map<string, Array<Promise<Response>>>();
const list = Array.from<number>({ length: 3 });
const tagged = sql<Row>`SELECT * FROM users`;
