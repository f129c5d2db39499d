x = a ? (b) : c;
const f = (a, b) => a < b;
obj.type = 1; obj.interface = 2;
let type = 1; type = 2; declare = 5;
async function g<T>(x: T): Promise<T> { return x; }
export default interface Foo { a: 1 }
class A { static async *gen(): AsyncGenerator<number> {} 'quoted': string = "x"; 42: number; handle = async (req: Request): Promise<Response> => { return fetch(req); } }
const o = { get: 1, set(v: number) {}, async: true, class: 2, function: 3, new: 4, if: 5 };
y = z as T satisfies U;
function h() { return <T,>(x: T) => x; }
function k(): asserts this is Foo {}
foo(<T,>(x: T) => x, ({ a }: Props) => a);
let m: typeof import("./mod");
a?.b<T>();
for await (const x of y as AsyncIterable<number>) {}
const d = (a = {}, b: number[] = []) => 1;
const big = 1_000n, hex = 0xFFn, exp = 1e-5;
const fnType: (a: string) => void = () => {};
let u: string | undefined, v: Array<{ a: number }>;
const w = cond ? x! : y!;
