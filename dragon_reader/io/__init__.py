"""Readers for article files and writers for exports. No database, no Qt."""
