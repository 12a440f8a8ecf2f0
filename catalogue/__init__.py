"""Training catalogue: providers, programmes, sessions (see issue: training catalogue)."""
