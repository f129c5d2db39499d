import { Hono } from "hono";
import type { Context } from "hono";

type Bindings = {
	AI: Ai;
	GATEWAY_ID: string;
};

const app = new Hono<{ Bindings: Bindings }>();

app.get("/", (c: Context<{ Bindings: Bindings }>) => c.text("Hello Hono!"));

app.post("/chat", async (c) => {
	const { prompt } = await c.req.json<{ prompt: string }>();
	const answer = (await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt }, {
		gateway: { id: c.env.GATEWAY_ID },
	})) as { response: string };
	return c.json(answer);
});

export default app;
