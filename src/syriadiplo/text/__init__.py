"""Text: a cleaned document in sentences, Arabic normalization, tokens and the lexicon matcher."""
