function greet(name: string, greeting?: string, ...rest: Array<string | number>): string {
	return `${greeting ?? "Hello"}, ${name}${rest.join("")}`;
}

function options({ url, method = "GET" }: { url: string; method?: string }, [first]: string[] = []) {
	return fetch(url, { method });
}

const handler = async (request: Request, env: Env, ctx?: ExecutionContext) => {
	ctx?.waitUntil(Promise.resolve());
	return new Response(null, { status: 204 });
};
