# A story written for this test: "would continue to X" states the intent
# "would X" does; readiness ("was ready to", "is willing to") states an
# intent, the speaker's when a verb of saying reports it and the subject's
# own otherwise; "not ready", "would be ready" state none. "would free" is
# the verb free (not the adjective). "The United States said it was ready":
# "it" is the subject state, not the story's topic (Russia). Run by
# tests/stories.sh.
text: tests/stories/intent-ready.txt
date: 2020-09-01
dictionaries: default

1 RUS SRB 032                  # "said it would continue to support Serbia": intent to support
2 USA VEN 036                  # "said it was ready to meet Venezuela": intent to meet
3 IRN USA 036                  # "is willing to negotiate with": the subject's own intent
4 -                            # "was not ready to meet": no intent
5 -                            # "would be ready to": a condition
6 IRN FRAEDU 035               # "said it would free a French researcher": intent to release
7 IRN ISR 138                  # "said Iran was ready to attack Israel": Iran's threat, as reported
