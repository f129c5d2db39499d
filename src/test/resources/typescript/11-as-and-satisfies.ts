const config = {
	retries: 3,
	providers: ["openai", "anthropic"],
} as const;

const body = (await request.json()) as { prompt: string };
const headers = Object.fromEntries(request.headers) satisfies Record<string, string>;
const unknownValue = JSON.parse(text) as unknown as Payload;
const ids = (list as number[]).map((id) => id as number);
export default app satisfies ExportedHandler<Env>;
