"""Coding: event-data codes (CAMEO, PLOVER) and records of one event merged across documents."""
