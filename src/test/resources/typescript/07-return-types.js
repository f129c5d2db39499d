function parse(input) {
	return { ok: true, value: Number(input) };
}

async function* stream() {
	yield "chunk";
}

const double = (n) => n * 2;
const toJson = async (response) => (await response.json());
const pick = function (keys) {
	return new Map();
};
const make = () => () => {};
