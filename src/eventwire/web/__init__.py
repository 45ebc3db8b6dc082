"""Web dashboard and HTTP API."""
