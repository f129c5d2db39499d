




export default {
	async queue(batch, env) {
		for (const message of batch.messages) {
			const { url } = message.body;
			await fetch(url);
			message.ack();
		}
	},
	async scheduled(event, env, ctx) {
		ctx.waitUntil(env.MY_QUEUE.send({ url: "https://example.com" }));
	},
};
