const handlers = {
	async fetch(request) {
		return new Response("ok");
	},
	async scheduled(controller, env, ctx) {
		ctx.waitUntil(run(env));
	},
	get name() {
		return "worker";
	},
	parse(text) {
		return JSON.parse(text);
	},
	label: "plain",
	ratio: 1 < 2,
	nested: { deep: (x) => x },
};
