let count = 0;
const names = [], lookup = {};
var callback;
let pending;
const { data, error } = await load();
const [head, ...tail] = ["a", 1, 2];
for (let i = 0; i < names.length; i++) {
	count += i;
}
for (const [key, value] of Object.entries(lookup)) {
	console.log(key, value);
}
