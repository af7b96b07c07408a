"""The Minutebook web UI (Flask) and command line."""
