"""sitrep's spaCy components, one module per stage. Importing this package registers the
factories, so ``nlp.add_pipe("sitrep_event_mentions")`` works in any spaCy pipeline."""

from sitrep.components import actors, base, casualties, framing, mentions, merge, model, places, sentences, sources, time  # noqa: F401

STAGES = (
    "sitrep_event_mentions",
    "sitrep_places",
    "sitrep_time",
    "sitrep_casualties",
    "sitrep_sources",
    "sitrep_actors",
    "sitrep_merge",
    "sitrep_framing",
)
