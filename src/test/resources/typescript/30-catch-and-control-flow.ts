try {
	await run();
} catch (error: unknown) {
	console.error(error as Error);
}
switch (kind as string) {
	case "a": {
		break;
	}
	default:
		label: for (const item of items as Item[]) {
			if (!item) continue label;
		}
}
if (ready) !done && finish();
