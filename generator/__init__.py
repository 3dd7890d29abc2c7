"""Briefing: news articles in, cited digests and a briefing site out."""
