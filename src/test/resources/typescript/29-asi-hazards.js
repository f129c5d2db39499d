const a = b;
(globalThis).flag = true
let value = compute()

;[1, 2].forEach((n) => console.log(n))
const c = d
;
`template`.length
