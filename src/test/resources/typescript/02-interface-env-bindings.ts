export interface Env {
	// If you set another name in the Wrangler configuration file as the value for 'binding',
	// replace "AI" with the variable name you defined.
	AI: Ai;
	MY_KV: KVNamespace;
	MY_BUCKET: R2Bucket;
	COUNTER: DurableObjectNamespace<Counter>;
	API_TOKEN: string;
}

export default {
	async fetch(request, env): Promise<Response> {
		// Specify the gateway label and other options here
		const response = await env.AI.run("@cf/meta/llama-3.1-8b-instruct-fast", {
			prompt: "What is the origin of the phrase Hello, World",
		});
		return new Response(JSON.stringify(response));
	},
} satisfies ExportedHandler<Env>;
