"""Use cases shared by the window and the command line. No Qt widgets here.

Each public function or method is one user action: it opens a session, commits, and
returns plain dataclasses (never live ORM objects).
"""
