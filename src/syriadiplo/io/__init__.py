"""Inputs and outputs: reading sources, batches over worker processes, writers, progress."""
