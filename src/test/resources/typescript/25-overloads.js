

export function parse(input) {
	return typeof input === "string" ? Number(input) : String(input);
}

class Formatter {


	format(value) {
		return String(value);
	}
}
