"""The bundled catalog, written here by ``forumguide build`` (not kept in version control)."""
