function greet(name, greeting, ...rest) {
	return `${greeting ?? "Hello"}, ${name}${rest.join("")}`;
}

function options({ url, method = "GET" }, [first] = []) {
	return fetch(url, { method });
}

const handler = async (request, env, ctx) => {
	ctx?.waitUntil(Promise.resolve());
	return new Response(null, { status: 204 });
};
