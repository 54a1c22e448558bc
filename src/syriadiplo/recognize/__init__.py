"""Recognition: persons, organizations, states and places in a sentence; actor ids; model backends."""
