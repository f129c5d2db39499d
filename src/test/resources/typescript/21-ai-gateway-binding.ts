export interface Env {
	AI: Ai;
}

export default {
	async fetch(request: Request, env: Env): Promise<Response> {
		const gateway = env.AI.gateway("my-gateway");
		const response = await env.AI.run(
			"@cf/meta/llama-3.1-8b-instruct",
			{
				prompt: "Why should you use Cloudflare for your AI inference?",
			},
			{
				gateway: {
					id: "{gateway_id}",
					skipCache: false,
					cacheTtl: 3360,
				},
			},
		);
		await gateway.patchLog(env.AI.aiGatewayLogId!, { feedback: 1 });
		const url: string = await gateway.getUrl("openai");
		return new Response(JSON.stringify({ response, url }));
	},
} satisfies ExportedHandler<Env>;
