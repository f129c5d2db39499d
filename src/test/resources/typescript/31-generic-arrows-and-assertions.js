const identity = (value) => value;
const wrap = async (value) => ({ value });
const legacy = input;
const numbers = [1, 2, 3];
