function isString(value: unknown): value is string {
	return typeof value === "string";
}
function assertDefined<T>(value: T | undefined, message?: string): asserts value is T {
	if (value === undefined) throw new Error(message);
}
const isNumber = (value: unknown): value is number => typeof value === "number";
