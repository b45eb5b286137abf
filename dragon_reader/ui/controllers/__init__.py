"""The window's controllers, one per area of work; each talks to the others only through
the window's wiring and the change bus (an import-linter contract keeps them apart)."""
