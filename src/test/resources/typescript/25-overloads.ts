export function parse(input: string): number;
export function parse(input: number): string;
export function parse(input: string | number): string | number {
	return typeof input === "string" ? Number(input) : String(input);
}

class Formatter {
	format(value: string): string;
	format(value: number): string;
	format(value: unknown): string {
		return String(value);
	}
}
