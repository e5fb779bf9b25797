# A story written for this test: "they" right after a body's verb of saying
# (or its "that") is that body ("Hamas said they retaliated"); after a
# person's ("Obama said they discussed") it is not the speaker. Run by
# tests/stories.sh.
text: tests/stories/they-said.txt
date: 2014-07-10
dictionaries: default

1 PSEREB ISR 190               # "Hamas said they retaliated against Israel"
2 ISRCOP PSECVL 173            # "Israeli police said they arrested two Palestinians"
3 USAGOV DEUGOV 040            # the meeting
3 USAGOV GBRGOV 040
4 -                            # "Obama said they discussed Syria": not Obama alone
