# A story written for this test: after a reported clause, "and urged
# (called, vowed, warned ...)" goes on with the speaker's words, not the
# report's subject ("Zelenskyy said ... Moscow was not interested in peace
# and urged Western allies"); an act that a report tells of stays the
# report's ("said police detained their leaders and threatened the
# protesters": the police's threat). Run by tests/stories.sh.
text: tests/stories/speaker-goes-on.txt
date: 2025-03-12
dictionaries: default

1 UKRGOV WST 020               # Zelenskyy urged, not Moscow
2 RUSCOP RUSGOV 173            # the police (the story's country: Russia, named most)
2 RUSCOP RUSCVL 130            # the police threatened, not the activists
