# A story written for this test: what a speaker's own side found or
# concluded is said in the speaker's voice, and "our" agents in a quote are
# the speaker's state's. Run by tests/stories.sh.
text: tests/stories/findings.txt
date: 2013-06-14
dictionaries: default

1 SYRGOV SYROPP 2041           # the reported act
1 GBRGOV SYRGOV 1124           # "our intelligence community assesses that": the speaker's own finding, an accusation of war crimes
2 TURMIL TURREB 190            # "our troops": the speaker's state's military, not the story's first state
3 ISR IRN 190                  # the reported act
3 IRNCOP ISR 112               # the investigators' finding accuses Israel ("concluded" is their verb; Russia only passes it on)
4 USAMIL IRQ 190               # "our troops" are the speaker's state's; a speaker reporting its own side accuses no one
5 -                            # "a disaster zone": a word of condemnation that is no head condemns nothing
