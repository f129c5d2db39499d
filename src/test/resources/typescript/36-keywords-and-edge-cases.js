x = a ? (b) : c;
const f = (a, b) => a < b;
obj.type = 1; obj.interface = 2;
let type = 1; type = 2; declare = 5;
async function g(x) { return x; }

class A { static async *gen() {} 'quoted' = "x"; 42; handle = async (req) => { return fetch(req); } }
const o = { get: 1, set(v) {}, async: true, class: 2, function: 3, new: 4, if: 5 };
y = z;
function h() { return (x) => x; }
function k() {}
foo((x) => x, ({ a }) => a);
let m;
a?.b();
for await (const x of y) {}
const d = (a = {}, b = []) => 1;
const big = 1_000n, hex = 0xFFn, exp = 1e-5;
const fnType = () => {};
let u, v;
const w = cond ? x : y;
