const a = b as Something
(globalThis as any).flag = true
let value = compute()
type Alias = string
;[1, 2].forEach((n: number) => console.log(n))
const c = d
interface Shape { size: number }
`template`.length
