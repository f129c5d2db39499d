const handlers = {
	async fetch(request: Request): Promise<Response> {
		return new Response("ok");
	},
	async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
		ctx.waitUntil(run(env));
	},
	get name(): string {
		return "worker";
	},
	parse<T>(text: string): T {
		return JSON.parse(text);
	},
	label: "plain" as string,
	ratio: 1 < 2,
	nested: { deep: (x: number) => x },
};
