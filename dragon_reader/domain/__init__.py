"""Plain dataclasses and rules (articles, spans, labels). Imports nothing from the app."""
