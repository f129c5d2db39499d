import { WorkerEntrypoint } from "cloudflare:workers";

export class Gateway extends WorkerEntrypoint {
	async run(model, input) {
		return this.env.AI.run(model, input, {
			gateway: { id: "my-gateway", skipCache: true },
		});
	}
}

export default class extends WorkerEntrypoint {
	async fetch() {
		return new Response("Hello from RPC");
	}
}
