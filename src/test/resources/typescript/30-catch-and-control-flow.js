try {
	await run();
} catch (error) {
	console.error(error);
}
switch (kind) {
	case "a": {
		break;
	}
	default:
		label: for (const item of items) {
			if (!item) continue label;
		}
}
if (ready) !done && finish();
