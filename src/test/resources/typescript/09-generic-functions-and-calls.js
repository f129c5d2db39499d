function first(items) {
	return items[0];
}

function merge(a, b) {
	return { ...a, ...b };
}

const value = await env.MY_KV.get("stats", "json");
const settings = first(["a", "b"]);
const ids = new Set();
const cache = new Map();
const list = Array.from({ length: 3 });
const tagged = sql`SELECT * FROM users`;
