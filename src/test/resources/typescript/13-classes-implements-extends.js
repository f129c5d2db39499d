import { DurableObject } from "cloudflare:workers";

export class Counter extends DurableObject {
	value = 0;

	async increment(amount = 1) {
		this.value += amount;
		return this.value;
	}

	[Symbol.dispose]() {}
}

class Store
	extends Map
	{
}
