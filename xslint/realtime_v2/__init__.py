"""Xano's current Realtime ("V2"): servers, channels, messages, triggers, publishes.

The current system runs beside the legacy one (`realtime_channel`,
`api.realtime_event`) and never reaches it, so it has a model of its own:
`model.py` holds what one file declares and publishes and what a workspace
holds in total, `extract.py` reads it from the syntax tree, `paths.py`
knows channel path templates (`rooms/{room_id}`), `schema.py` maps the
JSON Schemas of the five definitions and of `realtime.publish` to rules,
and the result cache stores them like every other dataclass (cache.py).
"""
