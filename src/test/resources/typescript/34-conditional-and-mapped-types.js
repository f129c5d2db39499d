







const run = (fn) => fn();
