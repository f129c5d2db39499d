const load = async (
	key: string,
	env: Env,
): Promise<
	string | null
> => {
	return env.MY_KV.get(key);
};
