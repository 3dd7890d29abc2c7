"""What the editors curate in `content/registry/`, read once, and the country gazetteer
built from the countryinfo dataset plus the registry's country names."""

from generator.registry.gazetteer import Country, Gazetteer, build_gazetteer
from generator.registry.load import KnownPerson, Named, Overrides, Registry, load_registry

__all__ = [
    "Country",
    "Gazetteer",
    "KnownPerson",
    "Named",
    "Overrides",
    "Registry",
    "build_gazetteer",
    "load_registry",
]
