import { WorkerEntrypoint } from "cloudflare:workers";

export class Gateway extends WorkerEntrypoint<Env> {
	async run(model: string, input: Record<string, unknown>): Promise<unknown> {
		return this.env.AI.run(model as keyof AiModels, input, {
			gateway: { id: "my-gateway", skipCache: true },
		});
	}
}

export default class extends WorkerEntrypoint<Env> {
	async fetch(): Promise<Response> {
		return new Response("Hello from RPC");
	}
}
