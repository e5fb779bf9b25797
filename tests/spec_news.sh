#!/bin/sh
# tests/spec_news.sh: the spec cases of dyad's roles for news
# (tests/spec-news/*.spec), coded as `dyad code` codes them
# (dyad validate --news-roles) with the small spec dictionaries.
SPEC_DIR=tests/spec-news SPEC_FLAGS=--news-roles exec sh tests/spec.sh
