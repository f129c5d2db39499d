import { Hono } from "hono";







const app = new Hono();

app.get("/", (c) => c.text("Hello Hono!"));

app.post("/chat", async (c) => {
	const { prompt } = await c.req.json();
	const answer = (await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt }, {
		gateway: { id: c.env.GATEWAY_ID },
	}));
	return c.json(answer);
});

export default app;
