










const providers = { openai: 1, anthropic: 2 };
