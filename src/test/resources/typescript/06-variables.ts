let count: number = 0;
const names: string[] = [], lookup: Record<string, number> = {};
var callback: (error: Error | null, value?: string) => void;
let pending!: Promise<void>;
const { data, error }: { data: string; error?: string } = await load();
const [head, ...tail]: [string, ...number[]] = ["a", 1, 2];
for (let i: number = 0; i < names.length; i++) {
	count += i;
}
for (const [key, value] of Object.entries(lookup)) {
	console.log(key, value);
}
