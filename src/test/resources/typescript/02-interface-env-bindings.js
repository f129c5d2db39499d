









export default {
	async fetch(request, env) {
		// Specify the gateway label and other options here
		const response = await env.AI.run("@cf/meta/llama-3.1-8b-instruct-fast", {
			prompt: "What is the origin of the phrase Hello, World",
		});
		return new Response(JSON.stringify(response));
	},
};
