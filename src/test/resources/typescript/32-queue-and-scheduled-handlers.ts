interface QueueMessage {
	url: string;
	attempts?: number;
}

export default {
	async queue(batch: MessageBatch<QueueMessage>, env: Env): Promise<void> {
		for (const message of batch.messages) {
			const { url } = message.body;
			await fetch(url);
			message.ack();
		}
	},
	async scheduled(event: ScheduledEvent, env: Env, ctx: ExecutionContext) {
		ctx.waitUntil(env.MY_QUEUE.send({ url: "https://example.com" } satisfies QueueMessage));
	},
} satisfies ExportedHandler<Env, QueueMessage>;
