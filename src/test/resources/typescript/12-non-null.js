const element = document.querySelector("#app");
const length = map.get("key").length;
const first = items[0].name;
if (value !== null && value != undefined) {
	element.textContent = value;
}
const negated = !ready;
const notEqual = a !== b;
