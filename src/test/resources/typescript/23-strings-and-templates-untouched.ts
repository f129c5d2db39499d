const label: string = "type A = string; interface B {}";
const single = 'x as number, y!: string';
const template = `value: ${count as number} and ${`nested ${inner!.name satisfies string}`} done: string`;
const braces = `{ ${JSON.stringify({ a: 1 } as object)} }`;
const escaped = "quote \" as T";
