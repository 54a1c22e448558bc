"""Time: time expressions tagged and normalized against the document date."""
