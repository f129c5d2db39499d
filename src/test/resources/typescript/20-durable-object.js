import { DurableObject } from "cloudflare:workers";





export class MyDurableObject extends DurableObject {
	sql;

	constructor(ctx, env) {
		super(ctx, env);
		this.sql = ctx.storage.sql;
	}

	async sayHello(name) {
		const rows = this.sql.exec("SELECT 'Hello' AS greeting").toArray();
		return `${rows[0].greeting}, ${name}!`;
	}
}

export default {
	async fetch(request, env) {
		const id = env.MY_DURABLE_OBJECT.idFromName(new URL(request.url).pathname);
		const stub = env.MY_DURABLE_OBJECT.get(id);
		const greeting = await stub.sayHello("world");
		return new Response(greeting);
	},
};
