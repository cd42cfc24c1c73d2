"""The programme: schema, the builder that writes catalog files, the reader and search.

The read path (:mod:`forumguide.catalog.reader`) uses only the standard library so the window
can paint before SQLAlchemy (about 0.4 s to import) is loaded; the builder uses the SQLAlchemy
models in :mod:`forumguide.catalog.models`.
"""

CATALOG_SCHEMA_VERSION = 4


class CatalogError(Exception):
    """A catalog file is missing, damaged, or of a schema this version cannot read."""
