# A story written for this test: a verb with no object of its own joined by
# "and" to the next one shares that one's object ("kidnapped and imprisoned
# Turkish journalists"), before any actor named before the verb (here the
# reporting "United States", which would be the target otherwise). Run by
# tests/stories.sh.
text: tests/stories/shared-object.txt
date: 2015-08-10
dictionaries: default

1 SYRREB TURMED 181            # "kidnapped ... Turkish journalists": the shared object, not the United States
1 SYRREB TURMED 173            # "imprisoned Turkish journalists"
1 USA SYRREB 112              # "the United States confirmed": an accusation of the rebels
