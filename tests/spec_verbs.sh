#!/bin/sh
# tests/spec_verbs.sh: the spec cases of dyad's own verb dictionary
# (tests/spec-verbs/default-verbs.spec): hand-parsed sentences coded with
# dictionaries/verbs.txt and the small spec actor dictionaries.
SPEC_DIR=tests/spec-verbs exec sh tests/spec.sh
