const label = "type A = string; interface B {}";
const single = 'x as number, y!: string';
const template = `value: ${count} and ${`nested ${inner.name}`} done: string`;
const braces = `{ ${JSON.stringify({ a: 1 })} }`;
const escaped = "quote \" as T";
