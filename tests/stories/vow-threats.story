# A story written for this test: a vow of force against someone is a
# threat (13x); a vow to cooperate stays an intent (03x). Run by
# tests/stories.sh.
text: tests/stories/vow-threats.txt
date: 2022-11-20
dictionaries: default

1 TURGOV SYRREB 138            # "vowed to launch a ground operation against"
2 LBNREB ISR 138               # "vowed revenge against"
3 IRN IRQ 030                  # "vowed to work with"
