function parse(input: string): { ok: boolean; value?: number } {
	return { ok: true, value: Number(input) };
}

async function* stream(): AsyncGenerator<string, void, unknown> {
	yield "chunk";
}

const double = (n: number): number => n * 2;
const toJson = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const pick = function (keys: string[]): Map<string, string> {
	return new Map();
};
const make = (): (() => void) => () => {};
