const a = 1, b = 2, c = 3, d = 4;
if (a < b && c > d) {
	console.log("ordered");
}
for (let i = 0; i < a; i++) {}
const shifted = a << 2, moved = b >> 1, both = a <= b, other = c >= d;
const mixed = a < b ? c > d : b > a;
const chained = (a < b) === (c > d);
console.log(a<b, c>d);
