const identity = <T,>(value: T): T => value;
const wrap = async <T extends object>(value: T) => ({ value });
const legacy = <string>input;
const numbers = <number[]>[1, 2, 3];
