function isString(value) {
	return typeof value === "string";
}
function assertDefined(value, message) {
	if (value === undefined) throw new Error(message);
}
const isNumber = (value) => typeof value === "number";
