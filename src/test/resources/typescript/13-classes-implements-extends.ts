import { DurableObject } from "cloudflare:workers";

export class Counter<TState extends object = {}> extends DurableObject<Env> implements Rpc.DurableObjectBranded, Disposable {
	value = 0;

	async increment(amount: number = 1): Promise<number> {
		this.value += amount;
		return this.value;
	}

	[Symbol.dispose](): void {}
}

class Store
	extends Map<string, number>
	implements Iterable<[string, number]> {
}
