"""ForumGuide: an offline desktop guide to international forums."""

__version__ = "0.1.0"
APP_NAME = "ForumGuide"
APP_ID = "org.forumguide.ForumGuide"
# The window's languages, and the variable ``--language`` sets to choose one for a run.
LANGUAGES = ("en", "ru", "kk")
LANGUAGE_VARIABLE = "FORUMGUIDE_LANGUAGE"
