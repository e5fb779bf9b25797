#!/bin/sh
# tests/spec_nominal.sh: the spec cases of nominal events
# (tests/spec-nominal/*.spec), coded as `dyad code` codes them
# (dyad validate --news-roles) with the spec dictionaries and their nouns.txt.
SPEC_DIR=tests/spec-nominal SPEC_FLAGS=--news-roles exec sh tests/spec.sh
