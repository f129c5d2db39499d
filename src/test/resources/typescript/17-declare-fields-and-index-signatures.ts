class Bindings {
	declare env: Env;
	declare readonly ctx: ExecutionContext;
	[binding: string]: unknown;
	static [key: string]: number;
	name = "bindings";
}
