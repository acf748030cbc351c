"""Flows and cards: reading the YAML, the model, checks, the library of shipped and user flows,
graphs and new-flow scaffolding."""
