"""ForumGuide: an offline desktop guide to international forums."""

__version__ = "0.1.0"
APP_NAME = "ForumGuide"
APP_ID = "org.forumguide.ForumGuide"
