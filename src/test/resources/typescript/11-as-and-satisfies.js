const config = {
	retries: 3,
	providers: ["openai", "anthropic"],
};

const body = (await request.json());
const headers = Object.fromEntries(request.headers);
const unknownValue = JSON.parse(text);
const ids = (list).map((id) => id);
export default app;
