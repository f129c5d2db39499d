const load = async (
	key,
	env,


) => {
	return env.MY_KV.get(key);
};
