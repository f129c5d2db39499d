type Env = {
	AI: Ai;
};
export type Provider = "openai" | "anthropic" | "workers-ai";
type Handler<T = unknown> = (request: Request, env: T) => Promise<Response>;
type Message =
	| { role: "user"; content: string }
	| { role: "assistant"; content: string };
export type Keys = keyof typeof providers;
type Last<T extends unknown[]> = T extends [...infer _, infer L] ? L : never;

const providers = { openai: 1, anthropic: 2 };
