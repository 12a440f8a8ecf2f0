"""The self-diagnosis of a company's digital maturity: questions, scoring, suggested plan."""
